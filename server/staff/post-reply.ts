import type { Context } from 'hono';
import { sql } from 'kysely';
import type { ApiDeps } from '../api/deps';
import { StaffReply } from '../contract/staff';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { appendMessage } from './append-message';
import { findTicketByReference } from './find-ticket-by-reference';
import { staffMessageView } from './staff-message-view';
import { ticketNotFound } from './ticket-not-found';

/**
 * `POST /api/staff/tickets/:ref/replies`: a reply the visitor sees. The ticket becomes `waiting`
 * (on the customer) or `solved`, its unanswered count starts again from 0, and the first reply's
 * time is kept for reports. With `savedReplyId` and no `body`, the saved reply's body is sent.
 *
 * @example tickets.post('/:ref/replies', postReply(deps));
 */
export function postReply(deps: ApiDeps) {
  return async (c: Context<ApiEnv>) => {
    const input = await readJson(c, StaffReply);
    if (!input.ok) return input.response;
    const ticket = await findTicketByReference(deps.db, c.req.param('ref'));
    if (!ticket) return ticketNotFound(c);

    let body = input.value.body;
    if (input.value.savedReplyId !== undefined) {
      const saved = await deps.db.selectFrom('saved_replies').select('body').where('id', '=', input.value.savedReplyId).executeTakeFirst();
      if (!saved) return problem(c, 422, 'invalid-body', 'Some fields are missing or not valid.', [{ field: 'savedReplyId', message: 'is not a saved reply' }]);
      body ??= saved.body;
    }
    if (body === undefined) return problem(c, 422, 'invalid-body', 'Some fields are missing or not valid.', [{ field: 'body', message: 'is required unless savedReplyId names a saved reply' }]);

    const status = input.value.status ?? 'waiting';
    const now = deps.clock.now().toISOString();
    const staff = c.var.staff;
    const message = await appendMessage(
      deps.db,
      { ticket_id: ticket.id, author: 'staff', staff_id: staff.id, body, internal: 0, created_at: now },
      {
        status,
        unanswered: 0,
        last_staff_at: now,
        updated_at: now,
        first_reply_at: sql<string>`coalesce(first_reply_at, ${now})`,
        solved_by: status === 'solved' ? 'staff' : null,
        solved_at: status === 'solved' ? now : null,
      },
    );
    return c.json(staffMessageView({ ...message, staff_id: staff.id }, deps.settings, ticket.name), 201);
  };
}
