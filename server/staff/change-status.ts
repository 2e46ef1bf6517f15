import type { Context } from 'hono';
import type { ApiDeps } from '../api/deps';
import { StatusChange } from '../contract/staff';
import type { ApiEnv } from '../http/env';
import { readJson } from '../http/validate-json';
import { findTicketByReference } from './find-ticket-by-reference';
import { loadStaffTicket } from './load-staff-ticket';
import { ticketNotFound } from './ticket-not-found';

/**
 * `PATCH /api/staff/tickets/:ref`: sets the status (open, waiting on the customer, solved) and
 * answers the ticket as it now is. Solving records staff as the solver; any other status clears
 * the solve. Setting the status it already has changes nothing.
 *
 * @example tickets.patch('/:ref', changeStatus(deps));
 */
export function changeStatus(deps: ApiDeps) {
  return async (c: Context<ApiEnv>) => {
    const input = await readJson(c, StatusChange);
    if (!input.ok) return input.response;
    const ticket = await findTicketByReference(deps.db, c.req.param('ref'));
    if (!ticket) return ticketNotFound(c);
    const { status } = input.value;
    if (status === ticket.status) return c.json(await loadStaffTicket(deps.db, deps.settings, ticket));
    const now = deps.clock.now().toISOString();
    const solved = status === 'solved';
    const updated = await deps.db
      .updateTable('tickets')
      .set({ status, updated_at: now, solved_by: solved ? 'staff' : null, solved_at: solved ? now : null })
      .where('id', '=', ticket.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return c.json(await loadStaffTicket(deps.db, deps.settings, updated));
  };
}
