import { signal } from '@preact/signals';
import type { TicketView } from '../../server/contract/tickets';
import type { AppContext } from '../boot/app-contract';
import type { ApiClient, TicketAccess } from '../client/api-client';
import { ApiError } from '../client/api-error';
import { appendMessageAttempt } from './append-message';
import { createTicketRatings } from './ticket-ratings';

/** The open conversation: loading, shown, gone (the server no longer knows the token) or failed. */
export type ConversationState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; ticket: TicketView }
  | { status: 'gone' }
  | { status: 'error' };

/** The reply box: why the last send failed, if it did. `invalid` carries the server's field message. */
export type ReplyState =
  | { status: 'idle' | 'sending' | 'sent' }
  | { status: 'error'; reason: 'empty' | 'too-long' | 'offline' | 'failed' }
  | { status: 'error'; reason: 'invalid'; detail: string };

export interface ConversationDeps {
  loadClient(): Promise<ApiClient>;
  emit: AppContext['emit'];
  /** Every version of the ticket the conversation shows, so "My tickets" and the badge agree. */
  onTicket(ticket: TicketView): void;
  /** The server answered 404: the token no longer opens the ticket. */
  onGone(reference: string): void;
}

export const MAX_MESSAGE_LENGTH = 10_000;

/**
 * One ticket's conversation: loads it, writes again (reopening a solved ticket), solves or reopens
 * it, rates replies and the solved ticket, and tells the server what the visitor has read so the
 * unread badge clears on every device. The draft is kept until the server has it.
 *
 * @example
 *   const conversation = createConversationModel({ loadClient, emit, onTicket, onGone });
 *   await conversation.show({ reference: 'K7F-93QD', token });
 *   conversation.draft.value = 'Thanks, that worked';
 *   await conversation.send();
 */
export function createConversationModel({ loadClient, emit, onTicket, onGone }: ConversationDeps) {
  const state = signal<ConversationState>({ status: 'idle' });
  const draft = signal('');
  const reply = signal<ReplyState>({ status: 'idle' });
  /** Reopen or solve: busy while it runs, error when it failed. */
  const action = signal<'idle' | 'busy' | 'error'>('idle');
  let access: TicketAccess | undefined;
  let markedUpTo: string | undefined;
  /** The reply being sent, kept across the visitor's retries: a try whose answer was lost is not sent twice. */
  let attempt: { message: string; run: () => Promise<TicketView | undefined> } | undefined;
  const ratings = createTicketRatings({ state, loadClient, emit, access: () => access });

  const isCurrent = (target: TicketAccess) => access?.reference === target.reference;
  const present = (target: TicketAccess, ticket: TicketView) => {
    if (!isCurrent(target)) return;
    state.value = { status: 'ready', ticket };
    // Shown is seen: the list and the badge count nothing here, even before the server agrees.
    onTicket({ ...ticket, unreadReplies: 0 });
    const last = ticket.messages.at(-1)?.id;
    if (!last || last === markedUpTo) return;
    markedUpTo = last;
    // Not told now, the server is told on the next load: the badge may come back until then.
    void loadClient()
      .then((client) => client.markRead(target, { upTo: last }))
      .catch(() => (markedUpTo = undefined));
  };
  const fail = (target: TicketAccess, error: unknown) => {
    if (!isCurrent(target)) return;
    if (error instanceof ApiError && error.status === 404) {
      state.value = { status: 'gone' };
      onGone(target.reference);
    } else if (state.value.status !== 'ready') state.value = { status: 'error' };
  };
  const load = async (target: TicketAccess) => {
    try {
      present(target, await (await loadClient()).ticket(target));
    } catch (error) {
      fail(target, error);
    }
  };

  /** Opens a ticket's conversation; another ticket's draft is dropped, the same ticket's kept. */
  const show = (target: TicketAccess): Promise<void> => {
    if (!isCurrent(target)) {
      draft.value = '';
      reply.value = { status: 'idle' };
      markedUpTo = undefined;
      attempt = undefined;
      ratings.reset();
      state.value = { status: 'loading' };
    }
    access = target;
    action.value = 'idle';
    return load(target);
  };
  /** Fetches the open ticket again (a staff reply may have come); what is shown stays meanwhile. */
  const reload = (): Promise<void> => (access ? load(access) : Promise.resolve());

  const send = async (): Promise<void> => {
    const target = access;
    const message = draft.value.trim();
    if (!target || state.value.status !== 'ready' || reply.value.status === 'sending') return;
    if (!message) return void (reply.value = { status: 'error', reason: 'empty' });
    if (message.length > MAX_MESSAGE_LENGTH) return void (reply.value = { status: 'error', reason: 'too-long' });
    const solved = state.value.ticket.status === 'solved';
    reply.value = { status: 'sending' };
    try {
      const client = await loadClient();
      if (!solved && attempt?.message !== message) attempt = { message, run: appendMessageAttempt(client, target, message) };
      const ticket = solved ? await client.reopen(target, { message }) : ((await attempt!.run()) ?? (await client.ticket(target)));
      attempt = undefined;
      if (isCurrent(target)) {
        draft.value = '';
        reply.value = { status: 'sent' };
      }
      present(target, ticket);
    } catch (error) {
      if (!isCurrent(target)) return;
      const detail = error instanceof ApiError ? error.fieldMessage('message') : undefined;
      if (detail) reply.value = { status: 'error', reason: 'invalid', detail };
      else reply.value = { status: 'error', reason: error instanceof ApiError && error.status === 0 ? 'offline' : 'failed' };
      fail(target, error);
    }
  };

  const run = (call: (client: ApiClient, target: TicketAccess) => Promise<TicketView>) => async () => {
    const target = access;
    if (!target || action.value === 'busy') return;
    action.value = 'busy';
    try {
      present(target, await call(await loadClient(), target));
      if (isCurrent(target)) action.value = 'idle';
    } catch (error) {
      if (isCurrent(target)) action.value = 'error';
      fail(target, error);
    }
  };

  return {
    state,
    draft,
    reply,
    action,
    show,
    reload,
    /** What the visitor types; a complaint about the text goes once they change it. */
    setDraft: (text: string) => {
      draft.value = text;
      if (reply.value.status === 'error' || reply.value.status === 'sent') reply.value = { status: 'idle' };
    },
    send,
    /** "This solved it" / "Mark as solved". */
    solve: run((client, target) => client.solve(target)),
    /** Reopens a solved ticket without a message. */
    reopen: run((client, target) => client.reopen(target)),
    ratings,
  };
}
export type ConversationModel = ReturnType<typeof createConversationModel>;
