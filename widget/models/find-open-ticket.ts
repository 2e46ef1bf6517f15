import type { TicketView } from '../../server/contract/tickets';
import type { ApiClient, TicketAccess } from '../client/api-client';
import { ApiError } from '../client/api-error';
import type { TicketStore } from './ticket-store';

/** A ticket of this browser's that is still in progress, as the duplicate offer shows it. */
export interface OpenTicket {
  access: TicketAccess;
  view: TicketView;
}

/**
 * The newest ticket this browser knows that is still open or waiting, read fresh from the server.
 * A ticket the server no longer knows (404: deleted, or a token it no longer takes) is forgotten;
 * one that cannot be read right now is passed over, since this only saves a duplicate.
 *
 * @example const open = await findOpenTicket(client, ticketStore); // { access, view } or undefined
 */
export async function findOpenTicket(client: ApiClient, store: TicketStore): Promise<OpenTicket | undefined> {
  for (const access of store.list()) {
    try {
      const view = await client.ticket(access);
      if (view.status !== 'solved') return { access, view };
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) store.remove(access.reference);
    }
  }
  return undefined;
}
