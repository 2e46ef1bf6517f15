import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { staffTestApp } from './staff-fixtures';

describeEachStore('POST /api/staff/tickets/:ref/notes', (connection) => {
  it('adds a note staff see flagged as internal', async () => {
    const { openTicket, staff, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    const response = await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Customer is on the old cluster.' } });
    expect(response.status).toBe(201);
    const note = { seq: 2, author: 'staff', staffId: 'anna', authorName: 'Anna', body: 'Customer is on the old cluster.', internal: true, createdAt: clock.now().toISOString(), rating: null };
    expect(await response.json()).toMatchObject(note);
    expect((await (await staff(`/tickets/${ticket.reference}`)).json()).messages[1]).toMatchObject(note);
  });

  it('never shows a note to the visitor', async () => {
    const { openTicket, staff, request } = staffTestApp(connection());
    const ticket = await openTicket();
    await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Internal: refund approved' } });
    const response = await request(`/api/tickets/${ticket.reference}`, { headers: { Authorization: `Bearer ${ticket.token}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('refund approved');
    expect(JSON.parse(text).messages).toHaveLength(1);
  });

  it('is no reply: the ticket stays in the queue with its count, status and update time', async () => {
    const { openTicket, visitorWrites, staff, wholeQueue, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    for (let i = 0; i < 3; i++) await visitorWrites(ticket);
    const before = await (await staff(`/tickets/${ticket.reference}`)).json();
    clock.advance(60_000);
    await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Escalating to the mail team.' } });
    const after = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(after).toMatchObject({ status: 'open', customerMessagesSinceReply: 4, escalated: true, updatedAt: before.updatedAt, lastStaffAt: null, firstReplyAt: null, waitingSince: before.waitingSince });
    expect((await wholeQueue()).items.find((item) => item.reference === ticket.reference)).toMatchObject({ escalated: true, customerMessagesSinceReply: 4 });
  });

  it('numbers messages written at the same moment one after another, none lost', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    const writes = Array.from({ length: 12 }, (_, i) =>
      staff(`/tickets/${ticket.reference}/${i % 3 === 0 ? 'replies' : 'notes'}`, { method: 'POST', json: { body: `message ${i}` } }),
    );
    const statuses = (await Promise.all(writes)).map((response) => response.status);
    expect(statuses).toEqual(Array(12).fill(201));
    const { messages } = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(messages.map((message: { seq: number }) => message.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(new Set(messages.map((message: { body: string }) => message.body)).size).toBe(13);
  });

  it('refuses an empty note or unknown fields, naming them', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    for (const [json, field] of [[{}, 'body'], [{ body: '' }, 'body'], [{ body: 'x', internal: false }, 'internal']] as const) {
      const response = await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json });
      expect(response.status).toBe(422);
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
    }
  });
});
