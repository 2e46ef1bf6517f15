import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { TicketReference } from '../contract/tickets';
import type { ApiEnv } from '../http/env';
import type { Database } from '../store/schema';
import { bearerToken, findTicket, type TicketRow } from './find-ticket';

/**
 * The ticket a visitor's request is about: `:ref` from the path, the token from
 * `Authorization: Bearer` only (a token in the query string is never read, as it would end up in
 * logs and browser history), on the request's own site. `undefined` for every way it can fail;
 * answer that with `ticketNotFound(c)`.
 *
 * @example
 *   const ticket = await requestTicket(c, deps.db);
 *   if (!ticket) return ticketNotFound(c);
 */
export async function requestTicket(c: Context<ApiEnv>, db: Kysely<Database>): Promise<TicketRow | undefined> {
  const reference = c.req.param('ref') ?? '';
  if (!z.safeParse(TicketReference, reference).success) return undefined;
  return findTicket(db, c.var.site.id, reference, bearerToken(c.req.header('Authorization')));
}
