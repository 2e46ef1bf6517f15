import type { Context } from 'hono';
import { problem } from '../http/problem';

/**
 * The one answer to every visitor request on a ticket that cannot be shown: wrong reference,
 * wrong or malformed token, no token, another site's ticket. Always byte for byte the same, so it
 * tells a guesser nothing.
 *
 * @example if (!ticket) return ticketNotFound(c);
 */
export function ticketNotFound(c: Context): Response {
  return problem(c, 404, 'ticket-not-found', 'There is no ticket with this reference for this link. Ask for your links again by e-mail.');
}
