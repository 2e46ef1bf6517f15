import type { Kysely, Selectable } from 'kysely';
import type { Database, TicketsTable } from '../store/schema';
import { hashAccessToken, isWellFormedToken } from './access-token';

export type TicketRow = Selectable<TicketsTable>;

/** The token from `Authorization: Bearer <token>`, if the header has that form. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * The ticket a visitor may see: right site, right reference, and a token whose hash is one of
 * the ticket's. Every way of getting it wrong gives the same `undefined`, so the caller answers the
 * same 404 and nobody can tell a wrong reference from a wrong token.
 *
 * @example const ticket = await findTicket(db, site.id, c.req.param('ref'), bearerToken(c.req.header('Authorization')));
 */
export async function findTicket(db: Kysely<Database>, siteId: string, reference: string, token: string | undefined): Promise<TicketRow | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  return db
    .selectFrom('tickets')
    .innerJoin('ticket_tokens', 'ticket_tokens.ticket_id', 'tickets.id')
    .selectAll('tickets')
    .where('ticket_tokens.token_hash', '=', hashAccessToken(token))
    .where('tickets.reference', '=', reference)
    .where('tickets.site_id', '=', siteId)
    .executeTakeFirst();
}
