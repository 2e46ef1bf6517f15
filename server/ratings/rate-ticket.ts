import type { Handler } from 'hono';
import type { ApiDeps } from '../api/deps';
import { RateTicket, type Csat } from '../contract/ratings';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { requestTicket } from '../tickets/request-ticket';
import { ticketNotFound } from '../tickets/ticket-not-found';

export const RATE_TICKET_PATH = '/tickets/:ref/csat';

/**
 * `PUT /api/tickets/:ref/csat` with the ticket's token: the visitor rates a solved ticket, 1 to 5
 * with an optional comment. Rating again replaces score and comment; before solving it is a 409.
 *
 * @example routes.put(RATE_TICKET_PATH, rateTicket(deps));
 */
export function rateTicket({ db, clock }: ApiDeps): Handler<ApiEnv, typeof RATE_TICKET_PATH> {
  return async (c) => {
    const ticket = await requestTicket(c, db);
    if (!ticket) return ticketNotFound(c);
    const body = await readJson(c, RateTicket);
    if (!body.ok) return body.response;
    if (ticket.status !== 'solved') return problem(c, 409, 'ticket-not-solved', 'A ticket can be rated once it is solved.');

    const now = clock.now().toISOString();
    const { score } = body.value;
    const comment = body.value.comment || null;
    const row = await db
      .insertInto('csat')
      .values({ ticket_id: ticket.id, site_id: ticket.site_id, score, comment, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ score, comment, updated_at: now }))
      .returningAll()
      .executeTakeFirstOrThrow();
    const csat: Csat = { score: row.score, comment: row.comment, createdAt: row.created_at, updatedAt: row.updated_at };
    return c.json(csat, 200);
  };
}
