import type { CreateTicket, TicketCreated } from '../../server/contract/tickets';
import type { ApiClient } from '../client/api-client';
import { ApiError } from '../client/api-error';

/**
 * One try at opening the ticket, safe to repeat: `body` with the submission's `key`, so a retry
 * gets the ticket an earlier try opened. When the server says the key went with another body,
 * the first send with it arrived (before a reload) and the draft was edited since: that ticket is
 * the visitor's, so it is fetched again with `first`, the body it was opened with.
 *
 * @example sendWithRetry(createTicketAttempt(loadClient, body, { key, body: first }), deps, onWait)
 */
export function createTicketAttempt(loadClient: () => Promise<ApiClient>, body: CreateTicket, pending: { key: string; body: CreateTicket }): () => Promise<TicketCreated> {
  return async () => {
    const client = await loadClient();
    try {
      return await client.createTicket(body, pending.key);
    } catch (error) {
      if (error instanceof ApiError && error.type === 'idempotency-key-reused') return await client.createTicket(pending.body, pending.key);
      throw error;
    }
  };
}
