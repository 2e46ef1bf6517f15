import type { Handler } from 'hono';
import type { MessageAdded } from '../contract/ticket-actions';
import { MarkRead, ReopenTicket } from '../contract/ticket-actions';
import { AddMessage } from '../contract/tickets';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { addVisitorMessage } from './add-visitor-message';
import { markRead } from './mark-read';
import { reopenTicket } from './reopen-ticket';
import { requestTicket } from './request-ticket';
import { solveTicket } from './solve-ticket';
import type { TicketDeps } from './ticket-deps';
import { ticketNotFound } from './ticket-not-found';
import { ticketView } from './ticket-view';

// The visitor's requests on one ticket. Each is authorised first (the same 404 for every failure),
// and only then is its body read: a stranger learns nothing, not even what a valid body is.

/** `GET /api/tickets/:ref`: the TicketView. @example tickets.get('/:ref', getTicket(deps)); */
export function getTicket(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const ticket = await requestTicket(c, deps.db);
    if (!ticket) return ticketNotFound(c);
    return c.json(await ticketView(deps, c.var.site, ticket, deps.clock.now()));
  };
}

/** `POST /api/tickets/:ref/messages`: 201 MessageAdded; 409 on a solved ticket. @example tickets.post('/:ref/messages', postMessage(deps)); */
export function postMessage(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const ticket = await requestTicket(c, deps.db);
    if (!ticket) return ticketNotFound(c);
    const body = await readJson(c, AddMessage);
    if (!body.ok) return body.response;
    const added = await addVisitorMessage(deps.db, ticket.id, body.value.message, deps.clock.now());
    if (added === 'solved') {
      return problem(c, 409, 'ticket-solved', 'This ticket is solved. Reopen it to write again.', [{ field: 'status', message: 'is solved: reopen the ticket first' }]);
    }
    deps.logger.info({ reference: ticket.reference, site: c.var.site.id }, 'visitor message added');
    return c.json(added satisfies MessageAdded, 201);
  };
}

/** `POST /api/tickets/:ref/reopen` (body optional): 200 TicketView; 409 unless solved. @example tickets.post('/:ref/reopen', postReopen(deps)); */
export function postReopen(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const ticket = await requestTicket(c, deps.db);
    if (!ticket) return ticketNotFound(c);
    let message: string | undefined;
    if ((await c.req.text()).trim() !== '') {
      const body = await readJson(c, ReopenTicket);
      if (!body.ok) return body.response;
      message = body.value.message;
    }
    const now = deps.clock.now();
    if (!(await reopenTicket(deps.db, ticket.id, message, now))) {
      return problem(c, 409, 'ticket-not-solved', 'Only a solved ticket can be reopened; this one is still open.', [{ field: 'status', message: 'is not solved' }]);
    }
    deps.logger.info({ reference: ticket.reference, site: c.var.site.id }, 'ticket reopened');
    const reopened = await deps.db.selectFrom('tickets').selectAll().where('id', '=', ticket.id).executeTakeFirstOrThrow();
    return c.json(await ticketView(deps, c.var.site, reopened, now));
  };
}

/** `POST /api/tickets/:ref/solve`: the visitor's "This solved it"; 200 TicketView. @example tickets.post('/:ref/solve', postSolve(deps)); */
export function postSolve(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const ticket = await requestTicket(c, deps.db);
    if (!ticket) return ticketNotFound(c);
    const now = deps.clock.now();
    const solved = await solveTicket(deps.db, ticket.id, now);
    if (ticket.status !== 'solved') deps.logger.info({ reference: ticket.reference, site: c.var.site.id }, 'ticket solved by the visitor');
    return c.json(await ticketView(deps, c.var.site, solved, now));
  };
}

/** `POST /api/tickets/:ref/read`: the visitor saw the conversation up to `upTo`; 204. @example tickets.post('/:ref/read', postRead(deps)); */
export function postRead(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const ticket = await requestTicket(c, deps.db);
    if (!ticket) return ticketNotFound(c);
    const body = await readJson(c, MarkRead);
    if (!body.ok) return body.response;
    if (!(await markRead(deps.db, ticket.id, body.value.upTo))) {
      return problem(c, 422, 'unknown-message', 'This ticket has no such message.', [{ field: 'upTo', message: 'is not a message of this ticket' }]);
    }
    return c.body(null, 204);
  };
}
