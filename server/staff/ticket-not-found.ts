import type { Context } from 'hono';
import { problem } from '../http/problem';

/**
 * The 404 for a reference no ticket has.
 *
 * @example if (!ticket) return ticketNotFound(c);
 */
export function ticketNotFound(c: Context): Response {
  return problem(c, 404, 'ticket-not-found', 'No ticket has this reference.', [{ field: 'ref', message: 'is not a ticket reference' }]);
}
