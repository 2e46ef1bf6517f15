import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { isWriteConflict } from '../../../../server/staff/is-write-conflict';
import { describeEachStore } from '../support/each-store';
import { staffTestApp } from './staff-fixtures';

describeEachStore('isWriteConflict', (connection) => {
  it('recognises a message number another writer took, as this store reports it', async () => {
    const { openTicket } = staffTestApp(connection());
    const { db } = connection();
    const ticket = await openTicket();
    const { id } = await db.selectFrom('tickets').select('id').where('reference', '=', ticket.reference).executeTakeFirstOrThrow();
    const taken = { id: randomUUID(), ticket_id: id, author: 'staff', staff_id: 'anna', body: 'x', internal: 0, created_at: new Date().toISOString(), seq: 1 };
    const error = await db.insertInto('messages').values(taken).execute().then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeDefined();
    expect(isWriteConflict(error)).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isWriteConflict(new Error('connection refused'))).toBe(false);
    expect(isWriteConflict({ code: '23502' })).toBe(false);
    expect(isWriteConflict(undefined)).toBe(false);
  });
});
