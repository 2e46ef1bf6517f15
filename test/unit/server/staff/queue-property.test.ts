import fc from 'fast-check';
import { expect, it } from 'vitest';
import { compareQueue, isEscalated } from '../../../../server/staff/queue-order';
import { describeEachStore } from '../support/each-store';
import { staffTestApp, type QueueItemLike } from './staff-fixtures';

// The queue must never hide a ticket. Random histories of everything that moves a ticket in or out
// of it run against the real API with the clock moving on; after every step the queue must hold
// exactly the open tickets, flag escalation exactly when the customer wrote more than three times
// since the last reply, and list urgent tickets first, then the longest-waiting first.

type Status = 'open' | 'waiting' | 'solved';
type Step =
  | { kind: 'create'; urgent: boolean }
  | { kind: 'customer'; pick: number }
  | { kind: 'reply'; pick: number; status: 'waiting' | 'solved' }
  | { kind: 'status'; pick: number; status: Status }
  | { kind: 'reopen'; pick: number; withMessage: boolean }
  | { kind: 'note'; pick: number };

interface ModelTicket {
  reference: string;
  token: string;
  urgent: boolean;
  status: Status;
  createdAt: string;
  messages: { seq: number; author: 'visitor' | 'staff'; internal: boolean; createdAt: string }[];
}

// Several tickets open at once (so order matters), and the first often picked again with many
// customer messages (so most histories pass the escalation threshold, often by more than one).
const pick = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat(5) });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), urgent: fc.boolean() }) },
  { weight: 7, arbitrary: fc.record({ kind: fc.constant('customer' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reply' as const), pick, status: fc.constantFrom('waiting' as const, 'solved' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('status' as const), pick, status: fc.constantFrom<Status>('open', 'waiting', 'solved') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const), pick, withMessage: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('note' as const), pick }) },
);
/** Each step happens some minutes after the one before, often at the same moment (ties). */
const history = fc.array(fc.tuple(step, fc.constantFrom(0, 0, 1, 2, 7)), { minLength: 6, maxLength: 30 });

// The model's own reading of a ticket (messages are in order, and the clock never goes back).
const replies = (ticket: ModelTicket) => ticket.messages.filter((m) => m.author === 'staff' && !m.internal);
const sinceReply = (ticket: ModelTicket) => {
  const lastReply = replies(ticket).at(-1)?.seq ?? 0;
  return ticket.messages.filter((m) => m.author === 'visitor' && m.seq > lastReply);
};
/** The oldest customer message since the last reply; else that reply (staff set it open again). */
const expectedWaitingSince = (ticket: ModelTicket) => sinceReply(ticket)[0]?.createdAt ?? replies(ticket).at(-1)?.createdAt ?? ticket.createdAt;

describeEachStore('the staff queue over random histories', (connection) => {
  it('holds exactly the open tickets, escalates after three unanswered messages, urgent first then first in first out', async () => {
    const app = staffTestApp(connection());
    const { staff, request, openTicket, clock, wholeQueue } = app;
    const asVisitor = (ticket: ModelTicket) => ({ Authorization: `Bearer ${ticket.token}` });

    const checkQueue = async (tickets: ModelTicket[], pageSize?: number) => {
      const { items, totals } = await wholeQueue(pageSize);
      const open = tickets.filter((ticket) => ticket.status === 'open');
      // None missing, none extra, none twice.
      expect(items.map((item) => item.reference).sort()).toEqual(open.map((ticket) => ticket.reference).sort());
      expect(totals.every((total) => total === open.length)).toBe(true);
      const byReference = new Map(tickets.map((ticket) => [ticket.reference, ticket]));
      for (const item of items) {
        const ticket = byReference.get(item.reference)!;
        const unanswered = sinceReply(ticket).length;
        expect(item).toMatchObject({ status: 'open', customerMessagesSinceReply: unanswered, escalated: unanswered > 3, urgentReason: ticket.urgent ? 'site-down' : null });
        expect(item.waitingSince).toBe(expectedWaitingSince(ticket));
      }
      // Urgent first, then by waitingSince ascending; and exactly the order compareQueue gives.
      const pairs = items.slice(1).map((item, i) => [items[i]!, item] as const);
      for (const [before, after] of pairs) {
        const urgentBefore = before.urgentReason !== null;
        const urgentAfter = after.urgentReason !== null;
        expect(urgentBefore || !urgentAfter).toBe(true);
        if (urgentBefore === urgentAfter) expect(before.waitingSince <= after.waitingSince).toBe(true);
      }
      const key = (item: QueueItemLike) => ({ urgent: item.urgentReason !== null, waitingSince: item.waitingSince, createdAt: item.createdAt, reference: item.reference });
      expect(items.map((item) => item.reference)).toEqual([...items].sort((a, b) => compareQueue(key(a), key(b))).map((item) => item.reference));
      expect(items.every((item) => item.escalated === isEscalated(item.customerMessagesSinceReply))).toBe(true);
    };

    const run = async (steps: [Step, number][]) => {
      // Tickets from earlier runs would be extra: solve them, so this history owns the queue.
      for (const item of (await wholeQueue()).items) {
        expect((await staff(`/tickets/${item.reference}`, { method: 'PATCH', json: { status: 'solved' } })).status).toBe(200);
      }
      const tickets: ModelTicket[] = [];
      for (const [action, minutes] of steps) {
        clock.advance(minutes * 60_000);
        const at = clock.now().toISOString();
        const ticket = tickets.length ? tickets[('pick' in action ? action.pick : 0) % tickets.length]! : undefined;
        const add = (target: ModelTicket, author: 'visitor' | 'staff', internal = false) => target.messages.push({ seq: target.messages.length + 1, author, internal, createdAt: at });
        if (action.kind === 'create' || !ticket) {
          const urgent = action.kind === 'create' && action.urgent;
          const created = await openTicket(urgent ? { urgent: 'site-down' } : {});
          tickets.push({ ...created, urgent, status: 'open', createdAt: at, messages: [{ seq: 1, author: 'visitor', internal: false, createdAt: at }] });
        } else if (action.kind === 'customer') {
          const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'Any news?' }, headers: asVisitor(ticket) });
          if (ticket.status === 'solved') {
            expect(response.status).toBe(409);
          } else {
            expect(response.status).toBe(201);
            add(ticket, 'visitor');
            ticket.status = 'open';
          }
        } else if (action.kind === 'reply') {
          expect((await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { body: 'Try now.', status: action.status } })).status).toBe(201);
          add(ticket, 'staff');
          ticket.status = action.status;
        } else if (action.kind === 'status') {
          expect((await staff(`/tickets/${ticket.reference}`, { method: 'PATCH', json: { status: action.status } })).status).toBe(200);
          ticket.status = action.status;
        } else if (action.kind === 'reopen') {
          const json = action.withMessage ? { message: 'It broke again.' } : undefined;
          const response = await request(`/api/tickets/${ticket.reference}/reopen`, { method: 'POST', json, headers: asVisitor(ticket) });
          if (ticket.status === 'solved') {
            expect(response.status).toBe(200);
            if (action.withMessage) add(ticket, 'visitor');
            ticket.status = 'open';
          } else {
            expect(response.status).toBe(409);
          }
        } else {
          expect((await staff(`/tickets/${ticket.reference}/notes`, { method: 'POST', json: { body: 'Checked the logs.' } })).status).toBe(201);
          add(ticket, 'staff', true);
        }
        await checkQueue(tickets);
      }
      // And paged a few at a time, the cursor loses none.
      await checkQueue(tickets, 2);
    };

    await fc.assert(fc.asyncProperty(history, run), { numRuns: 25 });
  }, 120_000); // a generous cap for a slow machine: the test asserts nothing about time
});
