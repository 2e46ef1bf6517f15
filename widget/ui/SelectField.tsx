import type { FieldName } from '../models/ticket-fields';
import { describedBy, fieldId } from './field-aria';
import { FieldError } from './FieldError';

interface Props {
  name: FieldName;
  label: string;
  /** The first, empty option: "Choose a topic". */
  choose: string;
  options: Record<string, string>;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
}

/** A labelled select of the ticket form (topic, urgent reason), with its message. */
export function SelectField({ name, label, choose, options, value, error, onChange, onBlur }: Props) {
  return (
    <div class="field">
      <label for={fieldId(name)}>{label}</label>
      <select id={fieldId(name)} name={name} value={value} {...describedBy(name, error)} onChange={(event) => onChange((event.target as HTMLSelectElement).value)} onBlur={onBlur}>
        <option value="">{choose}</option>
        {Object.entries(options).map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}
