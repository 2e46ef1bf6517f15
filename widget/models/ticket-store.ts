import type { TicketAccess } from '../client/api-client';
import { storageSlot, type StorageLike } from './storage-slot';

/**
 * The visitor's tickets as this browser remembers them: each ticket's reference and access token,
 * and nothing else (no name, no address, no message). Written only once the visitor has sent a
 * ticket or opened a ticket link, so nothing is stored before they interact. Storage can be
 * blocked (private mode, strict hosts): then the tickets live for the page only.
 *
 * @example
 *   const store = createTicketStore(browserStorage());
 *   store.add({ reference: 'K7F-93QD', token: '…' });
 *   store.list(); // [{ reference: 'K7F-93QD', token: '…' }]
 */
export interface TicketStore {
  /** Newest first. */
  list(): TicketAccess[];
  /** Remembers a ticket (a second add of the same reference replaces its token and moves it first). */
  add(access: TicketAccess): void;
  /** Forgets a ticket, e.g. one whose token the server no longer accepts. */
  remove(reference: string): void;
  /**
   * Calls `listener` after every add or remove, so a ticket the form adds shows in "My tickets" at
   * once. Returns a function that stops listening.
   */
  subscribe(listener: () => void): () => void;
}

export const TICKETS_STORAGE_KEY = 'support-widget:tickets';
const MAX_TICKETS = 50;

export function createTicketStore(storage: StorageLike | undefined): TicketStore {
  const slot = storageSlot(storage, TICKETS_STORAGE_KEY);
  let tickets = read(slot.getJson());
  const listeners = new Set<() => void>();
  const save = () => {
    slot.setJson(tickets.length ? tickets : undefined);
    for (const listener of [...listeners]) listener();
  };
  return {
    list: () => tickets.map((ticket) => ({ ...ticket })),
    add({ reference, token }) {
      tickets = [{ reference, token }, ...tickets.filter((ticket) => ticket.reference !== reference)].slice(0, MAX_TICKETS);
      save();
    },
    remove(reference) {
      tickets = tickets.filter((ticket) => ticket.reference !== reference);
      save();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Only well-formed entries of what was stored, as {reference, token} (anything else is dropped). */
function read(saved: unknown): TicketAccess[] {
  if (!Array.isArray(saved)) return [];
  return saved
    .filter((entry): entry is TicketAccess => typeof entry?.reference === 'string' && typeof entry?.token === 'string')
    .map(({ reference, token }) => ({ reference, token }));
}
