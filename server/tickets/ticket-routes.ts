import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import { ResendLinks } from '../contract/tickets';
import type { ResendLinksAccepted } from '../contract/ticket-actions';
import type { ApiEnv } from '../http/env';
import { readJson } from '../http/validate-json';
import { postTicket } from './post-ticket';
import { cachedQueueWait } from './queue-wait';
import { resendLinks } from './resend-links';
import { getTicket, postMessage, postRead, postReopen, postSolve } from './visitor-ticket-handlers';

const ACCEPTED: ResendLinksAccepted = { detail: 'If this address has tickets here, their links are on the way by e-mail.' };

/**
 * The visitor's ticket API, mounted at /api/tickets. Contract: server/contract/tickets.ts and
 * server/contract/ticket-actions.ts.
 *
 * @example api.route('/tickets', ticketRoutes(deps));
 */
export function ticketRoutes(apiDeps: ApiDeps) {
  const deps = { ...apiDeps, queueWait: cachedQueueWait(apiDeps) };
  const tickets = new Hono<ApiEnv>();
  tickets.post('/', postTicket(deps));
  // Always the same 202, known address or not: the answer must not reveal who wrote in.
  tickets.post('/resend-links', async (c) => {
    const body = await readJson(c, ResendLinks);
    if (!body.ok) return body.response;
    await resendLinks(deps, c.var.site, body.value.email, deps.clock.now());
    return c.json(ACCEPTED, 202);
  });
  tickets.get('/:ref', getTicket(deps));
  tickets.post('/:ref/messages', postMessage(deps));
  tickets.post('/:ref/reopen', postReopen(deps));
  tickets.post('/:ref/solve', postSolve(deps));
  tickets.post('/:ref/read', postRead(deps));
  return tickets;
}
