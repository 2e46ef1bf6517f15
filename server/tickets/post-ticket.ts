import type { Handler } from 'hono';
import { CreateTicket, type TicketCreated } from '../contract/tickets';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { createTicket } from './create-ticket';
import { expectedReplyAt } from './expected-reply';
import { readIdempotencyKey } from './idempotency-key';
import { requestHash } from './request-hash';
import type { TicketDeps } from './ticket-deps';
import { visitorPlan } from './visitor-plan';

/**
 * `POST /api/tickets`: a visitor's ticket, at most once per `Idempotency-Key`. 201 with the
 * reference and a token the first time; 200 with the same reference and a new token for the same
 * ticket on a retry; 422 when the key was used with another body.
 *
 * @example tickets.post('/', postTicket(deps));
 */
export function postTicket(deps: TicketDeps): Handler<ApiEnv> {
  return async (c) => {
    const key = readIdempotencyKey(c);
    if (!key.ok) return key.response;
    const body = await readJson(c, CreateTicket);
    if (!body.ok) return body.response;
    const site = c.var.site;
    const plan = visitorPlan(site, body.value);
    if (!plan.ok) return problem(c, 422, 'identity-mismatch', 'The signed identity is for another e-mail address.', [plan.error]);

    const now = deps.clock.now();
    const outcome = await createTicket(deps.db, {
      siteId: site.id,
      body: body.value,
      plan: plan.plan,
      idempotencyKey: key.key,
      requestHash: requestHash(body.value),
      now,
    });
    if (outcome.kind === 'key-reused') {
      return problem(c, 422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different submission.', [
        { field: 'Idempotency-Key', message: 'was already used with another body; use a new key for a new ticket' },
      ]);
    }
    const { ticket, token } = outcome;
    if (outcome.kind === 'created') {
      deps.logger.info({ reference: ticket.reference, site: site.id, category: ticket.category, urgent: ticket.urgent_reason }, 'ticket created');
    }
    const created: TicketCreated = {
      reference: ticket.reference,
      token,
      status: ticket.status as TicketCreated['status'],
      createdAt: ticket.created_at,
      expectedReplyAt: await expectedReplyAt(ticket, now, deps.queueWait),
    };
    return c.json(created, outcome.kind === 'created' ? 201 : 200);
  };
}
