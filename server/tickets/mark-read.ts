import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

/**
 * Moves the visitor's read marker to the message `messageId` of the ticket, never backwards (a
 * slower device's older marker must not bring a reply back as unread). Internal notes are not the
 * visitor's to mark. Returns false when the ticket has no such message.
 *
 * @example await markRead(db, ticket.id, lastShownMessageId);
 */
export async function markRead(db: Kysely<Database>, ticketId: string, messageId: string): Promise<boolean> {
  const message = await db
    .selectFrom('messages')
    .select('seq')
    .where('id', '=', messageId)
    .where('ticket_id', '=', ticketId)
    .where('internal', '=', 0)
    .executeTakeFirst();
  if (!message) return false;
  const seq = Number(message.seq);
  await db.updateTable('tickets').set({ visitor_read_seq: seq }).where('id', '=', ticketId).where('visitor_read_seq', '<', seq).execute();
  return true;
}
