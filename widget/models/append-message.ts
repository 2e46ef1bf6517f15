import type { TicketView } from '../../server/contract/tickets';
import type { ApiClient, TicketAccess } from '../client/api-client';

/**
 * One try at adding the visitor's message to an open ticket, safe to repeat: after a try whose
 * answer was lost, the ticket is read first, and when its last visitor message is this one the
 * message arrived and is not sent twice. Answers the ticket as it now stands, when it was read.
 *
 * @example sendWithRetry(appendMessageAttempt(client, access, 'It is down again'), deps, onWait)
 */
export function appendMessageAttempt(client: ApiClient, access: TicketAccess, message: string): () => Promise<TicketView | undefined> {
  let tried = false;
  return async () => {
    if (tried) {
      const view = await client.ticket(access);
      const last = view.messages.findLast((entry) => entry.author === 'visitor');
      if (last && last.body.trim() === message.trim()) return view;
    }
    tried = true;
    await client.addMessage(access, { message });
    return undefined;
  };
}
