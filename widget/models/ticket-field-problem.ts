import type { TicketFieldSchemas } from './ticket-contract';
import type { FieldName, TicketFields } from './ticket-fields';

/**
 * What is wrong with one field, as the UI words it in the visitor's language: empty, too long,
 * not an e-mail address, nothing chosen, or the server's own words for what only it can tell.
 */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'too-long'; max: number }
  | { kind: 'email' }
  | { kind: 'choose' }
  | { kind: 'server'; message: string };

/**
 * Checks one field with the contract's own schema for it, the one the server checks the body
 * with, so the form never accepts what the server refuses. The urgent reason only counts while
 * the urgent box is ticked. The schemas come from the entry (see ticket-contract.ts).
 *
 * @example fieldProblem(ticketFieldSchemas, 'email', { ...fields, email: 'ada@' }) // { kind: 'email' }
 */
export function fieldProblem(schemas: TicketFieldSchemas, name: FieldName, fields: TicketFields): FieldProblem | undefined {
  if (name === 'urgentReason' && !fields.urgent) return undefined;
  const value = fields[name];
  const result = schemas[name].safeParse(value);
  if (result.success) return undefined;
  if (typeof value === 'string' && value.trim() === '') return name === 'category' || name === 'urgentReason' ? { kind: 'choose' } : { kind: 'required' };
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big') return { kind: 'too-long', max: Number(issue.maximum) };
  if (issue?.code === 'invalid_format') return { kind: 'email' };
  return { kind: 'choose' };
}
