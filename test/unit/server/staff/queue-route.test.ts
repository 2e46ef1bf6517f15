import { createHmac } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { IDENTITY_SECRET } from '../support/test-app';
import { staffTestApp, type QueueItemLike } from './staff-fixtures';

const MINUTE = 60_000;
const mine = (items: QueueItemLike[], ...tickets: { reference: string }[]) => {
  const references = tickets.map((ticket) => ticket.reference);
  return items.filter((item) => references.includes(item.reference));
};

describeEachStore('GET /api/staff/queue', (connection) => {
  it('lists urgent tickets first, then the longest-waiting first', async () => {
    const { openTicket, wholeQueue, clock } = staffTestApp(connection());
    const first = await openTicket();
    clock.advance(MINUTE);
    const second = await openTicket();
    clock.advance(MINUTE);
    const urgent = await openTicket({ urgent: 'site-down' });
    clock.advance(MINUTE);
    const urgentLater = await openTicket({ urgent: 'security' });
    const { items } = await wholeQueue();
    expect(mine(items, first, second, urgent, urgentLater).map((item) => item.reference)).toEqual([urgent, urgentLater, first, second].map((ticket) => ticket.reference));
  });

  it('orders by when a ticket started waiting again, not by when it was created', async () => {
    const { openTicket, visitorWrites, reply, wholeQueue, clock } = staffTestApp(connection());
    const old = await openTicket();
    clock.advance(MINUTE);
    const newer = await openTicket();
    clock.advance(MINUTE);
    await reply(old.reference);
    clock.advance(MINUTE);
    const answerAt = clock.now().toISOString();
    await visitorWrites(old, 'That did not help');
    clock.advance(MINUTE);
    await visitorWrites(old, 'Still broken');
    const { items } = await wholeQueue();
    const queued = mine(items, old, newer);
    expect(queued.map((item) => item.reference)).toEqual([newer.reference, old.reference]);
    expect(queued[1]).toMatchObject({ waitingSince: answerAt, customerMessagesSinceReply: 2, escalated: false });
  });

  it('escalates a ticket at the fourth customer message without a reply, and keeps it in the queue', async () => {
    const { openTicket, visitorWrites, wholeQueue, clock } = staffTestApp(connection());
    const ticket = await openTicket();
    const createdAt = clock.now().toISOString();
    const seen: [number, boolean][] = [];
    for (let written = 1; written <= 6; written++) {
      if (written > 1) {
        clock.advance(MINUTE);
        await visitorWrites(ticket);
      }
      const [item] = mine((await wholeQueue()).items, ticket);
      expect(item).toMatchObject({ reference: ticket.reference, status: 'open', waitingSince: createdAt });
      seen.push([item!.customerMessagesSinceReply, item!.escalated]);
    }
    expect(seen).toEqual([[1, false], [2, false], [3, false], [4, true], [5, true], [6, true]]);
  });

  it('clears the escalation with a reply, and counts again from the next message', async () => {
    const { openTicket, visitorWrites, reply, wholeQueue } = staffTestApp(connection());
    const ticket = await openTicket();
    for (let i = 0; i < 4; i++) await visitorWrites(ticket);
    expect(mine((await wholeQueue()).items, ticket)[0]).toMatchObject({ escalated: true, customerMessagesSinceReply: 5 });
    await reply(ticket.reference);
    expect(mine((await wholeQueue()).items, ticket)).toEqual([]);
    await visitorWrites(ticket);
    expect(mine((await wholeQueue()).items, ticket)[0]).toMatchObject({ escalated: false, customerMessagesSinceReply: 1 });
  });

  it('leaves out tickets waiting on the customer and solved ones, and nothing else', async () => {
    const { openTicket, reply, wholeQueue, staff } = staffTestApp(connection());
    const open = await openTicket();
    const waiting = await openTicket();
    const solved = await openTicket();
    await reply(waiting.reference, { body: 'Try again now?' });
    await reply(solved.reference, { body: 'Fixed.', status: 'solved' });
    const { items } = await wholeQueue();
    expect(mine(items, open, waiting, solved).map((item) => item.reference)).toEqual([open.reference]);
    const { count } = await connection().db.selectFrom('tickets').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'open').executeTakeFirstOrThrow();
    expect(items).toHaveLength(Number(count));
    expect((await (await staff('/queue')).json()).total).toBe(Number(count));
  });

  it('pages through every open ticket with the cursor, each once, with the total on every page', async () => {
    const { openTicket, wholeQueue, clock, staff } = staffTestApp(connection());
    for (let i = 0; i < 7; i++) {
      await openTicket(i % 3 === 0 ? { urgent: 'email-down' } : {});
      clock.advance(i % 2 === 0 ? 0 : MINUTE);
    }
    const all = await wholeQueue(500);
    const paged = await wholeQueue(2);
    expect(paged.items.map((item) => item.reference)).toEqual(all.items.map((item) => item.reference));
    expect(new Set(paged.items.map((item) => item.reference)).size).toBe(paged.items.length);
    expect(new Set(paged.totals)).toEqual(new Set([all.items.length]));
    const firstPage = await (await staff('/queue?limit=2')).json();
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
  });

  it('shows the plan of a verified identity and the ticket fields staff sort by', async () => {
    const { openTicket, wholeQueue, clock } = staffTestApp(connection());
    const email = `vip-${Date.now()}@example.com`;
    const signature = createHmac('sha256', IDENTITY_SECRET).update(`${email}\nbusiness`).digest('hex');
    const ticket = await openTicket({ email, identity: { email, plan: 'business', signature }, subject: 'Domain transfer', category: 'domains', urgent: 'email-down' });
    const [item] = mine((await wholeQueue()).items, ticket);
    expect(item).toEqual({
      reference: ticket.reference,
      siteId: 'kestrel',
      name: 'Ida Visitor',
      subject: 'Domain transfer',
      category: 'domains',
      urgentReason: 'email-down',
      status: 'open',
      plan: 'business',
      createdAt: clock.now().toISOString(),
      waitingSince: clock.now().toISOString(),
      customerMessagesSinceReply: 1,
      escalated: false,
    });
  });

  it('refuses a page size or cursor it cannot use, naming the parameter', async () => {
    const { staff } = staffTestApp(connection());
    for (const [query, field] of [['limit=0', 'limit'], ['limit=501', 'limit'], ['limit=two', 'limit'], ['limit=1.5', 'limit'], ['cursor=forged', 'cursor']]) {
      const response = await staff(`/queue?${query}`);
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
    }
  });
});
