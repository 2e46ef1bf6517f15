import { fieldId } from './field-aria';

/** A field's message, in the place describedBy points at. */
export function FieldError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={fieldId(name, '-error')}>
      {error}
    </p>
  ) : null;
}
