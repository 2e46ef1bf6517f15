import { computed, signal } from '@preact/signals';
import type { TicketView } from '../../server/contract/tickets';
import type { ApiClient, TicketAccess } from '../client/api-client';
import { ApiError } from '../client/api-error';
import type { TicketStore } from './ticket-store';

/** What the list knows of one ticket: loading, as the server last sent it, or not loadable now. */
export type TicketSummary = { status: 'loading' } | { status: 'ready'; ticket: TicketView } | { status: 'error' };

export interface MyTicketsDeps {
  store: TicketStore;
  /** The API client, loaded on first use. */
  loadClient(): Promise<ApiClient>;
}

/**
 * "My tickets": the tickets this browser remembers, each with its status and unread replies as
 * the server last sent them, and the total the launcher's badge shows. A ticket whose token the
 * server no longer accepts (404) is forgotten, and its reference kept in `removed` for a note.
 *
 * @example
 *   const tickets = createMyTicketsModel({ store, loadClient });
 *   await tickets.refresh();
 *   tickets.unread.value; // 2
 */
export function createMyTicketsModel({ store, loadClient }: MyTicketsDeps) {
  const tickets = signal<TicketAccess[]>(store.list());
  const stopListening = store.subscribe(() => (tickets.value = store.list()));
  const summaries = signal<Record<string, TicketSummary>>({});
  const removed = signal<string[]>([]);
  const unread = computed(() =>
    tickets.value.reduce((sum, { reference }) => {
      const summary = summaries.value[reference];
      return sum + (summary?.status === 'ready' ? summary.ticket.unreadReplies : 0);
    }, 0),
  );

  const setSummary = (reference: string, summary: TicketSummary) => (summaries.value = { ...summaries.value, [reference]: summary });
  /** Forgets a ticket the server answered 404 for: the link no longer works on any device. */
  const forget = (reference: string) => {
    store.remove(reference);
    if (!removed.value.includes(reference)) removed.value = [...removed.value, reference];
  };

  const refreshOne = async (client: ApiClient, access: TicketAccess) => {
    if (!summaries.value[access.reference]) setSummary(access.reference, { status: 'loading' });
    try {
      setSummary(access.reference, { status: 'ready', ticket: await client.ticket(access) });
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return forget(access.reference);
      // A failed refresh keeps what was shown: a minute old, it is still the best there is.
      if (summaries.value[access.reference]?.status !== 'ready') setSummary(access.reference, { status: 'error' });
    }
  };

  const refreshAll = async (): Promise<void> => {
    if (!tickets.value.length) return;
    try {
      const client = await loadClient();
      await Promise.all(tickets.value.map((access) => refreshOne(client, access)));
    } catch {
      // The API client did not load (offline): the next refresh tries again.
    }
  };
  let refreshing: Promise<void> | undefined;
  /** Fetches every remembered ticket afresh; concurrent calls share one round. Never rejects. */
  const refresh = (): Promise<void> => (refreshing ??= refreshAll().finally(() => (refreshing = undefined)));

  return {
    tickets,
    summaries,
    removed,
    unread,
    hasTickets: computed(() => tickets.value.length > 0),
    refresh,
    /** Takes a ticket the conversation loaded, so the list and the badge agree with it. */
    update: (ticket: TicketView) => setSummary(ticket.reference, { status: 'ready', ticket }),
    forget,
    /** Remembers a ticket the visitor opened from a link. */
    remember: (access: TicketAccess) => store.add(access),
    dismissRemoved: () => (removed.value = []),
    dispose: stopListening,
  };
}
export type MyTicketsModel = ReturnType<typeof createMyTicketsModel>;
