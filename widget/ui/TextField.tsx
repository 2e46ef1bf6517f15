import type { FieldName } from '../models/ticket-fields';

interface Props {
  name: FieldName;
  label: string;
  value: string;
  /** The problem's text, shown under the field and tied to it. */
  error: string | undefined;
  /** A hint under the label, tied to the field too. */
  note?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'email';
  autocomplete?: string;
  readOnly?: boolean;
  onInput(value: string): void;
  onBlur(): void;
}

/** The form's ids for a field, its note and its message, so labels and descriptions can point at them. */
export const fieldId = (name: string, part = '') => `sw-tf-${name}${part}`;

/**
 * The aria attributes that tie a control to its note and its message.
 *
 * @example <select {...describedBy('category', error)} />
 */
export function describedBy(name: string, error: string | undefined, note?: string) {
  const ids = [note ? fieldId(name, '-note') : '', error ? fieldId(name, '-error') : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

/** A field's message, in the place describedBy points at. */
export function FieldError({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={fieldId(name, '-error')}>
      {error}
    </p>
  ) : null;
}

/** One labelled text input or textarea of the ticket form, with its note and its message. */
export function TextField({ name, label, value, error, note, multiline, type = 'text', autocomplete, readOnly, onInput, onBlur }: Props) {
  const shared = {
    id: fieldId(name),
    name,
    value,
    readOnly,
    autocomplete,
    ...describedBy(name, error, note),
    onInput: (event: Event) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur,
  };
  return (
    <div class="field">
      <label for={fieldId(name)}>{label}</label>
      {note && (
        <p class="field-note" id={fieldId(name, '-note')}>
          {note}
        </p>
      )}
      {multiline ? <textarea rows={6} {...shared} /> : <input type={type} {...shared} />}
      <FieldError name={name} error={error} />
    </div>
  );
}
