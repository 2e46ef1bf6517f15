import type { TicketRow } from './find-ticket';
import type { QueueWait } from './queue-wait';

/**
 * When the visitor can expect the first reply: only while the ticket is open and no one on staff
 * has answered yet; null otherwise or when the e-mail queue time is unknown.
 *
 * The queue time is the wait of a ticket sent now. An older ticket has already waited part of
 * it and is worked first in, first out, so its estimate is `createdAt + wait`, never earlier than
 * now. For a ticket just created that is exactly `now + wait`.
 *
 * @example const at = await expectedReplyAt(ticket, deps.clock.now(), queueWait); // '2026-11-23T14:00:00.000Z'
 */
export async function expectedReplyAt(ticket: Pick<TicketRow, 'status' | 'first_reply_at' | 'created_at'>, now: Date, queueWait: QueueWait): Promise<string | null> {
  if (ticket.status !== 'open' || ticket.first_reply_at !== null) return null;
  const seconds = await queueWait(now);
  if (seconds === null) return null;
  const at = Math.max(new Date(ticket.created_at).getTime() + seconds * 1000, now.getTime());
  return new Date(at).toISOString();
}
