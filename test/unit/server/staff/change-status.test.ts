import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { staffTestApp } from './staff-fixtures';

describeEachStore('PATCH /api/staff/tickets/:ref', (connection) => {
  it('solves a ticket as staff and answers the ticket as it now is', async () => {
    const { openTicket, staff, clock, wholeQueue } = staffTestApp(connection());
    const ticket = await openTicket();
    clock.advance(60_000);
    const at = clock.now().toISOString();
    const response = await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'solved' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ reference: ticket.reference, status: 'solved', solvedBy: 'staff', solvedAt: at, updatedAt: at, waitingSince: null });
    expect((await wholeQueue()).items.map((item) => item.reference)).not.toContain(ticket.reference);
  });

  it('puts a ticket back in the queue when set open, and clears the solve', async () => {
    const { openTicket, staff, wholeQueue } = staffTestApp(connection());
    const ticket = await openTicket();
    await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'solved' } });
    const response = await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'open' } });
    expect(await response.json()).toMatchObject({ status: 'open', solvedBy: null, solvedAt: null, customerMessagesSinceReply: 1 });
    expect((await wholeQueue()).items.map((item) => item.reference)).toContain(ticket.reference);
  });

  it('sets a ticket waiting on the customer without a reply, keeping the unanswered count', async () => {
    const { openTicket, visitorWrites, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    await visitorWrites(ticket);
    const response = await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'waiting' } });
    expect(await response.json()).toMatchObject({ status: 'waiting', customerMessagesSinceReply: 2, lastStaffAt: null, firstReplyAt: null });
  });

  it('changes nothing when the ticket already has the status', async () => {
    const { openTicket, staff, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    const solved = await (await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'solved' } })).json();
    clock.advance(60_000);
    const again = await (await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: 'solved' } })).json();
    expect(again).toMatchObject({ solvedAt: solved.solvedAt, updatedAt: solved.updatedAt });
  });

  it('refuses a status it does not know and fields it does not take, naming them', async () => {
    const { openTicket, staff } = staffTestApp(connection());
    const ticket = await openTicket();
    for (const [json, field] of [[{ status: 'closed' }, 'status'], [{}, 'status'], [{ status: 'solved', solvedBy: 'visitor' }, 'solvedBy'], [{ status: 'open', unanswered: 0 }, 'unanswered']] as const) {
      const response = await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json });
      expect(response.status).toBe(422);
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
    }
    expect(await (await staff(`/tickets/${ticket.reference}`)).json()).toMatchObject({ status: 'open', solvedBy: null, customerMessagesSinceReply: 1 });
  });
});
