import { signal, type Signal } from '@preact/signals';
import type { TicketView } from '../../server/contract/tickets';
import type { AppContext } from '../boot/app-contract';
import type { ApiClient, TicketAccess } from '../client/api-client';

interface RatingsDeps {
  /** The conversation's state: ratings show in it at once and are taken back if the server refuses. */
  state: Signal<{ status: string } | { status: 'ready'; ticket: TicketView }>;
  loadClient(): Promise<ApiClient>;
  emit: AppContext['emit'];
  access(): TicketAccess | undefined;
}

/**
 * Ratings in a conversation: each staff reply in the site's style (hearts 1 or 0, stars 1-5),
 * shown at once and rolled back with a message if the server refuses; and the solved ticket's
 * CSAT, 1-5 with a comment, changeable. Each rating the server keeps is told to the host page
 * (`rated`).
 *
 * @example
 *   const ratings = createTicketRatings({ state, loadClient, emit, access: () => access });
 *   await ratings.rateReply('m1', 1);
 */
export function createTicketRatings({ state, loadClient, emit, access }: RatingsDeps) {
  /** The reply whose rating the server did not take, for the message beside it. */
  const replyError = signal<string | null>(null);
  const csat = signal<'idle' | 'sending' | 'saved' | 'error'>('idle');
  const latest = new Map<string, number>();
  let requests = 0;

  const shown = (): TicketView | undefined => {
    const current = state.value;
    return current.status === 'ready' && 'ticket' in current ? current.ticket : undefined;
  };
  const setRating = (reference: string, messageId: string, rating: number | null) => {
    const ticket = shown();
    if (ticket?.reference !== reference) return;
    const messages = ticket.messages.map((message) => (message.id === messageId ? { ...message, rating } : message));
    state.value = { status: 'ready', ticket: { ...ticket, messages } };
  };

  const rateReply = async (messageId: string, value: number): Promise<void> => {
    const target = access();
    const ticket = shown();
    const before = ticket?.messages.find((message) => message.id === messageId);
    if (!target || !ticket || !before) return;
    const request = ++requests;
    latest.set(messageId, request);
    replyError.value = null;
    setRating(ticket.reference, messageId, value);
    try {
      const saved = await (await loadClient()).rateReply(target, messageId, value);
      emit('rated', { target: 'reply', reference: ticket.reference, style: saved.style, value: saved.value });
    } catch {
      // Only the newest rating of a reply decides what it shows; an older failure is overtaken.
      if (latest.get(messageId) !== request) return;
      setRating(ticket.reference, messageId, before.rating);
      replyError.value = messageId;
    }
  };

  const rateTicket = async (score: number, comment: string): Promise<void> => {
    const target = access();
    const ticket = shown();
    if (!target || !ticket || csat.value === 'sending') return;
    csat.value = 'sending';
    try {
      const trimmed = comment.trim();
      const saved = await (await loadClient()).rateTicket(target, trimmed ? { score, comment: trimmed } : { score });
      const current = shown();
      if (current?.reference === ticket.reference) state.value = { status: 'ready', ticket: { ...current, csat: { score: saved.score, comment: saved.comment } } };
      csat.value = 'saved';
      emit('rated', { target: 'ticket', reference: ticket.reference, style: 'stars', value: saved.score });
    } catch {
      csat.value = 'error';
    }
  };

  return { replyError, csat, rateReply, rateTicket, reset: () => ((replyError.value = null), (csat.value = 'idle')) };
}
export type TicketRatings = ReturnType<typeof createTicketRatings>;
