// The rules of the staff queue, as plain functions. The queue's SQL (list-queue.ts) mirrors them;
// the tests hold the endpoint to them.

/** A customer who has written more than this many times without a reply is escalated. */
export const ESCALATE_AFTER = 3;

/**
 * Whether a ticket is marked for escalation: the customer has written more than three times
 * since the last staff reply. An escalated ticket stays in the queue like any other.
 *
 * @example isEscalated(4) // true
 */
export function isEscalated(customerMessagesSinceReply: number): boolean {
  return customerMessagesSinceReply > ESCALATE_AFTER;
}

/** What decides a ticket's place in the queue. */
export interface QueueKey {
  urgent: boolean;
  waitingSince: string;
  createdAt: string;
  reference: string;
}

/**
 * Queue order: urgent tickets first, then first in, first out by when each started waiting for
 * staff; ties go to the older ticket, then by reference, so the order is total and stable.
 * Times are UTC ISO-8601 strings, which sort as text.
 *
 * @example items.sort(compareQueue);
 */
export function compareQueue(a: QueueKey, b: QueueKey): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  return compareText(a.waitingSince, b.waitingSince) || compareText(a.createdAt, b.createdAt) || compareText(a.reference, b.reference);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A message as far as waiting time is concerned. */
export interface WaitingMessage {
  author: string;
  internal: boolean;
  seq: number;
  createdAt: string;
}

/**
 * When a ticket started waiting for staff: its oldest customer message since the last staff reply
 * (internal notes are not replies). A new ticket waits from its first message. A ticket with no
 * customer message since the last reply (staff set it open again) waits from that reply.
 *
 * @example waitingSince({ createdAt, lastStaffAt: null }, messages) // the first message's time
 */
export function waitingSince(ticket: { createdAt: string; lastStaffAt: string | null }, messages: WaitingMessage[]): string {
  const replies = messages.filter((message) => message.author === 'staff' && !message.internal);
  const lastReplySeq = Math.max(0, ...replies.map((reply) => reply.seq));
  const unanswered = messages.filter((message) => message.author === 'visitor' && !message.internal && message.seq > lastReplySeq);
  const oldest = unanswered.map((message) => message.createdAt).sort(compareText)[0];
  return oldest ?? ticket.lastStaffAt ?? ticket.createdAt;
}
