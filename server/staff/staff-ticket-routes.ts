import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { changeStatus } from './change-status';
import { findTicketByReference } from './find-ticket-by-reference';
import { loadStaffTicket } from './load-staff-ticket';
import { postNote } from './post-note';
import { postReply } from './post-reply';
import { ticketNotFound } from './ticket-not-found';

/**
 * `/api/staff/tickets/:ref`: read a ticket whole, change its status, reply, add a note.
 *
 * @example staff.route('/tickets', staffTicketRoutes(deps));
 */
export function staffTicketRoutes(deps: ApiDeps) {
  return new Hono<ApiEnv>()
    .get('/:ref', async (c) => {
      const ticket = await findTicketByReference(deps.db, c.req.param('ref'));
      if (!ticket) return ticketNotFound(c);
      return c.json(await loadStaffTicket(deps.db, deps.settings, ticket));
    })
    .patch('/:ref', changeStatus(deps))
    .post('/:ref/replies', postReply(deps))
    .post('/:ref/notes', postNote(deps));
}
