import type { Context } from 'hono';
import type { ApiDeps } from '../api/deps';
import { StaffNote } from '../contract/staff';
import type { ApiEnv } from '../http/env';
import { readJson } from '../http/validate-json';
import { appendMessage } from './append-message';
import { findTicketByReference } from './find-ticket-by-reference';
import { staffMessageView } from './staff-message-view';
import { ticketNotFound } from './ticket-not-found';

/**
 * `POST /api/staff/tickets/:ref/notes`: an internal note for colleagues. Visitors never see it,
 * and it is no reply: the ticket keeps its status, its unanswered count and its `updatedAt`.
 *
 * @example tickets.post('/:ref/notes', postNote(deps));
 */
export function postNote(deps: ApiDeps) {
  return async (c: Context<ApiEnv>) => {
    const input = await readJson(c, StaffNote);
    if (!input.ok) return input.response;
    const ticket = await findTicketByReference(deps.db, c.req.param('ref'));
    if (!ticket) return ticketNotFound(c);
    const staff = c.var.staff;
    const message = await appendMessage(deps.db, { ticket_id: ticket.id, author: 'staff', staff_id: staff.id, body: input.value.body, internal: 1, created_at: deps.clock.now().toISOString() });
    return c.json(staffMessageView({ ...message, staff_id: staff.id }, deps.settings, ticket.name), 201);
  };
}
