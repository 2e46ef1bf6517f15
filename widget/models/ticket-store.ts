import type { TicketAccess } from '../client/api-client';

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

export function createTicketStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined): TicketStore {
  let tickets = read(storage);
  const listeners = new Set<() => void>();
  const save = () => {
    try {
      if (tickets.length) storage?.setItem(TICKETS_STORAGE_KEY, JSON.stringify(tickets));
      else storage?.removeItem(TICKETS_STORAGE_KEY);
    } catch {
      // Quota or blocked storage: the tickets still show for this page.
    }
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

function read(storage: Pick<Storage, 'getItem'> | undefined): TicketAccess[] {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(TICKETS_STORAGE_KEY) ?? '[]');
    if (!Array.isArray(saved)) return [];
    return saved.filter(
      (entry): entry is TicketAccess => typeof entry?.reference === 'string' && typeof entry?.token === 'string',
    ).map(({ reference, token }) => ({ reference, token }));
  } catch {
    // Unreadable or blocked storage: start empty rather than fail the panel.
    return [];
  }
}
