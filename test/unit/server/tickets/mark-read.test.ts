import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { bearer, openTicket, staffReply, ticketApp } from './ticket-fixtures';

describeEachStore('the visitor read marker', (connection) => {
  const view = async (request: ReturnType<typeof ticketApp>['request'], ticket: { reference: string; token: string }) =>
    (await (await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).json()) as { unreadReplies: number; messages: { id: string }[] };
  const markRead = (request: ReturnType<typeof ticketApp>['request'], ticket: { reference: string; token: string }, upTo: string) =>
    request(`/api/tickets/${ticket.reference}/read`, { method: 'POST', json: { upTo }, headers: bearer(ticket.token) });

  it('counts staff replies as unread until the visitor marks them read', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    expect((await view(request, ticket)).unreadReplies).toBe(0);
    await staffReply(connection().db, ticket.reference, 'Which domain?', clock.now().toISOString());
    await staffReply(connection().db, ticket.reference, 'Also: which mailbox?', clock.now().toISOString());
    const before = await view(request, ticket);
    expect(before.unreadReplies).toBe(2);
    const response = await markRead(request, ticket, before.messages.at(-1)!.id);
    expect(response.status).toBe(204);
    expect((await view(request, ticket)).unreadReplies).toBe(0);
  });

  it('keeps a reply that came after the marked message unread', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    const first = await staffReply(connection().db, ticket.reference, 'Which domain?', clock.now().toISOString());
    await staffReply(connection().db, ticket.reference, 'Found it, fixing now.', clock.now().toISOString());
    await markRead(request, ticket, first);
    expect((await view(request, ticket)).unreadReplies).toBe(1);
  });

  it('never moves the marker backwards', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await staffReply(connection().db, ticket.reference, 'One', clock.now().toISOString());
    const last = await staffReply(connection().db, ticket.reference, 'Two', clock.now().toISOString());
    await markRead(request, ticket, last);
    expect((await markRead(request, ticket, (await view(request, ticket)).messages[0]!.id)).status).toBe(204);
    expect((await view(request, ticket)).unreadReplies).toBe(0);
  });

  it('does not count internal notes, and refuses to mark one', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    const note = await staffReply(connection().db, ticket.reference, 'Customer is on the old plan', clock.now().toISOString(), { internal: true });
    expect((await view(request, ticket)).unreadReplies).toBe(0);
    const response = await markRead(request, ticket, note);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ field: 'upTo', message: 'is not a message of this ticket' }]);
  });

  it("refuses another ticket's message and an empty body, naming the field", async () => {
    const { request, clock } = ticketApp(connection());
    const mine = await openTicket(request);
    const other = await openTicket(request);
    const theirs = await staffReply(connection().db, other.reference, 'Hello', clock.now().toISOString());
    expect((await markRead(request, mine, theirs)).status).toBe(422);
    const empty = await request(`/api/tickets/${mine.reference}/read`, { method: 'POST', json: {}, headers: bearer(mine.token) });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors[0].field).toBe('upTo');
    expect((await view(request, other)).unreadReplies).toBe(1);
  });

  it('answers a wrong token with the same 404 as every other ticket request', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    const response = await request(`/api/tickets/${ticket.reference}/read`, { method: 'POST', json: { upTo: 'x' }, headers: bearer('wrong') });
    expect(response.status).toBe(404);
  });
});
