import type { FieldName } from '../models/ticket-fields';
import { describedBy, fieldId } from './field-aria';
import { FieldError } from './FieldError';

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
