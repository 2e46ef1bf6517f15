import type { FieldError } from '../../server/contract/problem';
import { FIELD_NAMES, type FieldName } from './ticket-fields';

/** Body paths the server names that belong to a form control with another name. */
const ALIASES: Record<string, FieldName> = { urgent: 'urgentReason', 'identity.email': 'email', identity: 'email' };

/**
 * Sorts a problem+json answer's `errors` into the form's fields and the rest (fields the visitor
 * cannot see, such as `pageUrl`), so each message can be shown where it can be acted on.
 *
 * @example splitServerErrors([{ field: 'email', message: 'must be an e-mail address' }])
 * // { byField: { email: 'must be an e-mail address' }, other: [] }
 */
export function splitServerErrors(errors: readonly FieldError[]): { byField: Partial<Record<FieldName, string>>; other: string[] } {
  const byField: Partial<Record<FieldName, string>> = {};
  const other: string[] = [];
  for (const { field, message } of errors) {
    const name = ALIASES[field] ?? (FIELD_NAMES as readonly string[]).find((known) => known === field);
    if (name) byField[name as FieldName] ??= message;
    else other.push(`${field} ${message}`);
  }
  return { byField, other };
}
