import type { Handler } from 'hono';
import type { Selectable } from 'kysely';
import type { ApiDeps } from '../api/deps';
import { RateReply, type RatingStyle, type ReplyRating } from '../contract/ratings';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import type { ReplyRatingsTable } from '../store/schema';
import { requestTicket } from '../tickets/request-ticket';
import { ticketNotFound } from '../tickets/ticket-not-found';
import { ratingValueError } from './rating-value-error';

export const RATE_REPLY_PATH = '/tickets/:ref/messages/:messageId/rating';

/**
 * `PUT /api/tickets/:ref/messages/:messageId/rating` with the ticket's token: the visitor rates
 * one staff reply in the site's style. Rating again changes the rating; there is one per reply.
 *
 * @example routes.put(RATE_REPLY_PATH, rateReply(deps));
 */
export function rateReply({ db, clock }: ApiDeps): Handler<ApiEnv, typeof RATE_REPLY_PATH> {
  return async (c) => {
    const { site } = c.var;
    const ticket = await requestTicket(c, db);
    if (!ticket) return ticketNotFound(c);
    const body = await readJson(c, RateReply);
    if (!body.ok) return body.response;
    const wrongValue = ratingValueError(site.ratingStyle, body.value.value);
    if (wrongValue) return problem(c, 422, 'invalid-body', 'Some fields are missing or not valid.', [{ field: 'value', message: wrongValue }]);

    const message = await db
      .selectFrom('messages')
      .select(['id', 'author', 'staff_id', 'internal'])
      .where('id', '=', c.req.param('messageId'))
      .where('ticket_id', '=', ticket.id)
      .executeTakeFirst();
    // An internal note is answered like a message that does not exist: visitors never learn of one.
    if (!message || message.internal) {
      return problem(c, 404, 'message-not-found', 'This ticket has no reply with this id.', [{ field: 'messageId', message: 'is not a reply on this ticket' }]);
    }
    if (message.author !== 'staff') {
      return problem(c, 422, 'not-a-staff-reply', 'Only replies from the support team can be rated.', [{ field: 'messageId', message: "is the visitor's own message" }]);
    }

    const now = clock.now().toISOString();
    const row = await db
      .insertInto('reply_ratings')
      .values({ message_id: message.id, ticket_id: ticket.id, staff_id: message.staff_id, style: site.ratingStyle, value: body.value.value, created_at: now, updated_at: now })
      .onConflict((oc) => oc.column('message_id').doUpdateSet({ style: site.ratingStyle, value: body.value.value, staff_id: message.staff_id, updated_at: now }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json(toReplyRating(row), 200);
  };
}

function toReplyRating(row: Selectable<ReplyRatingsTable>): ReplyRating {
  return { messageId: row.message_id, style: row.style as RatingStyle, value: row.value, createdAt: row.created_at, updatedAt: row.updated_at };
}
