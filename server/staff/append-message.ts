import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, UpdateObject } from 'kysely';
import type { Database, MessagesTable } from '../store/schema';
import { isWriteConflict } from './is-write-conflict';

export type MessageRow = Insertable<MessagesTable> & { id: string; seq: number };

const ATTEMPTS = 5;

/**
 * Adds a message to a ticket as the next in its order (seq), together with `changes` to the
 * ticket, in one transaction. The ticket row is updated first, even with no changes, because on
 * PostgreSQL that locks it: writers on one ticket take turns instead of racing for the same seq.
 * Should one still take it (a writer that inserts before it updates), the unique
 * (ticket_id, seq) refuses the insert and the whole transaction runs again.
 *
 * @example const message = await appendMessage(db, { ticket_id, author: 'staff', staff_id, body, internal: 1, created_at: now });
 */
export async function appendMessage(db: Kysely<Database>, message: Omit<Insertable<MessagesTable>, 'id' | 'seq'>, changes?: UpdateObject<Database, 'tickets'>): Promise<MessageRow> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const update = trx.updateTable('tickets').where('id', '=', message.ticket_id);
        await (changes ? update.set(changes) : update.set((eb) => ({ id: eb.ref('id') }))).execute();
        const { last } = await trx.selectFrom('messages').select((eb) => eb.fn.max('seq').as('last')).where('ticket_id', '=', message.ticket_id).executeTakeFirstOrThrow();
        const row: MessageRow = { ...message, id: randomUUID(), seq: Number(last ?? 0) + 1 };
        await trx.insertInto('messages').values(row).execute();
        return row;
      });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
    }
  }
}
