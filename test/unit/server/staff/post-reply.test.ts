import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { staffTestApp } from './staff-fixtures';

const MINUTE = 60_000;

describeEachStore('POST /api/staff/tickets/:ref/replies', (connection) => {
  it('adds a reply the visitor sees, and leaves the ticket waiting on the customer', async () => {
    const { openTicket, visitorWrites, staff, request, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    await visitorWrites(ticket);
    clock.advance(5 * MINUTE);
    const at = clock.now().toISOString();
    const response = await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'Restarted the mail server.' } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: expect.any(String), seq: 3, author: 'staff', staffId: 'anna', authorName: 'Anna', body: 'Restarted the mail server.', internal: false, createdAt: at, rating: null });
    const view = await (await staff(`/tickets/${ticket.reference}`)).json();
    expect(view).toMatchObject({ status: 'waiting', customerMessagesSinceReply: 0, escalated: false, lastStaffAt: at, firstReplyAt: at, updatedAt: at, solvedBy: null, solvedAt: null });
    const visitorView = await (await request(`/api/tickets/${ticket.reference}`, { headers: { Authorization: `Bearer ${ticket.token}` } })).json();
    expect(visitorView.status).toBe('waiting');
    expect(visitorView.messages.at(-1)).toMatchObject({ author: 'staff', authorName: 'Anna', body: 'Restarted the mail server.' });
  });

  it('solves the ticket as staff when the reply says so', async () => {
    const { openTicket, reply, staff, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    clock.advance(MINUTE);
    await reply(ticket.reference, { body: 'Done.', status: 'solved' });
    const at = clock.now().toISOString();
    expect(await (await staff(`/tickets/${ticket.reference}`)).json()).toMatchObject({ status: 'solved', solvedBy: 'staff', solvedAt: at, lastStaffAt: at });
  });

  it('keeps the time of the first reply and moves the time of the last', async () => {
    const { openTicket, reply, visitorWrites, staff, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    clock.advance(MINUTE);
    const first = clock.now().toISOString();
    await reply(ticket.reference);
    clock.advance(MINUTE);
    await visitorWrites(ticket);
    clock.advance(MINUTE);
    await reply(ticket.reference);
    expect(await (await staff(`/tickets/${ticket.reference}`)).json()).toMatchObject({ firstReplyAt: first, lastStaffAt: clock.now().toISOString() });
  });

  it('sends a saved reply by its id, or the edited text when both are given', async () => {
    const { openTicket, reply, staff } = staffTestApp(connection());
    const saved = await (await staff('/saved-replies', { method: 'POST', json: { title: 'DNS propagation', body: 'DNS changes take up to 24 hours to reach everyone.' } })).json();
    const ticket = await openTicket();
    expect(await reply(ticket.reference, { savedReplyId: saved.id })).toMatchObject({ body: 'DNS changes take up to 24 hours to reach everyone.' });
    expect(await reply(ticket.reference, { savedReplyId: saved.id, body: 'DNS changes take up to 24 hours; yours is done.' })).toMatchObject({ body: 'DNS changes take up to 24 hours; yours is done.' });
  });

  it('refuses a reply without a body or a saved reply that exists, naming the field, and writes nothing', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    const cases: [unknown, string][] = [
      [{}, 'body'],
      [{ status: 'solved' }, 'body'],
      [{ body: '   ' }, 'body'],
      [{ savedReplyId: 'no-such-reply' }, 'savedReplyId'],
      [{ body: 'Hi', status: 'open' }, 'status'],
      [{ body: 'Hi', staffId: 'ashley' }, 'staffId'],
      [{ body: 'Hi', internal: true }, 'internal'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
    ];
    for (const [json, field] of cases) {
      const response = await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json });
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
    }
    expect(await (await staff(`/tickets/${ticket.reference}`)).json()).toMatchObject({ status: 'open', customerMessagesSinceReply: 1, messages: [expect.objectContaining({ seq: 1 })] });
  });

  it('refuses a body that is not JSON', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    expect((await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', body: 'hello', headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    expect((await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', body: '{"body":', headers: { 'Content-Type': 'application/json' } })).status).toBe(400);
  });

  it('stores the reply as the plain text staff wrote', async () => {
    const { openTicket, reply } = staffTestApp(connection());
    const ticket = await openTicket();
    expect(await reply(ticket.reference, { body: 'Use <b>SMTP</b> & port 587 — "not" 25.' })).toMatchObject({ body: 'Use <b>SMTP</b> & port 587 — "not" 25.' });
  });
});
