import type { TicketFieldSchemas } from './ticket-contract';
import { fieldProblem, type FieldProblem } from './ticket-field-problem';
import { FIELD_NAMES, type FieldName, type TicketFields } from './ticket-fields';

/**
 * The problems the form shows: a field's own, once the visitor left it or tried to send, else
 * what the server said about it (until the visitor edits that field).
 *
 * @example visibleProblems(ticketFieldSchemas, fields, new Set(['email']), false, {}) // { email: { kind: 'email' } }
 */
export function visibleProblems(schemas: TicketFieldSchemas, fields: TicketFields, touched: ReadonlySet<FieldName>, submitted: boolean, server: Partial<Record<FieldName, string>>): Partial<Record<FieldName, FieldProblem>> {
  const found: Partial<Record<FieldName, FieldProblem>> = {};
  for (const name of FIELD_NAMES) {
    const local = submitted || touched.has(name) ? fieldProblem(schemas, name, fields) : undefined;
    const problem = local ?? (server[name] ? { kind: 'server' as const, message: server[name] } : undefined);
    if (problem) found[name] = problem;
  }
  return found;
}
