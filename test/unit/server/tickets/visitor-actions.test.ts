import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { bearer, openTicket, staffReply, ticketApp, ticketRow } from './ticket-fixtures';

describeEachStore('visitor actions on a ticket', (connection) => {
  const messagesOf = async (reference: string) => {
    const { id } = await ticketRow(connection().db, reference);
    return connection().db.selectFrom('messages').select(['author', 'body', 'seq']).where('ticket_id', '=', id).orderBy('seq').execute();
  };

  it('adds a message to an open ticket and counts it as unanswered', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    clock.advance(120_000);
    const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'Still nothing.' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(201);
    const added = await response.json();
    expect(added).toEqual({ id: expect.any(String), createdAt: clock.now().toISOString() });
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'open', unanswered: 2, last_customer_at: added.createdAt, updated_at: added.createdAt });
    const view = await (await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).json();
    expect(view.messages.map((message: { id: string; body: string }) => message.body)).toEqual([ticket.body.message, 'Still nothing.']);
    expect(view.messages[1].id).toBe(added.id);
  });

  it('puts a ticket waiting on the customer back to the staff when the customer writes', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await staffReply(connection().db, ticket.reference, 'Which domain?', clock.now().toISOString());
    const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'example.com' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(201);
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'open', unanswered: 1 });
    expect((await messagesOf(ticket.reference)).map((message) => [message.author, message.seq])).toEqual([
      ['visitor', 1],
      ['staff', 2],
      ['visitor', 3],
    ]);
  });

  it('refuses a message on a solved ticket with a 409 that says to reopen, and stores nothing', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'One more thing' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).detail).toMatch(/reopen/i);
    expect(await messagesOf(ticket.reference)).toHaveLength(1);
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'solved', unanswered: 1 });
  });

  it('numbers concurrent messages on one ticket without gaps or clashes', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: `message ${i}` }, headers: bearer(ticket.token) })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(201));
    const messages = await messagesOf(ticket.reference);
    expect(messages.map((message) => message.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ unanswered: 13 });
  });

  it('refuses a message body with fields the endpoint does not take, naming them', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'hi', author: 'staff' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'author' })]);
    expect(await messagesOf(ticket.reference)).toHaveLength(1);
  });

  it("solves the ticket on the visitor's word, as solved by the visitor", async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    clock.advance(300_000);
    const response = await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view).toMatchObject({ reference: ticket.reference, status: 'solved', expectedReplyAt: null, updatedAt: clock.now().toISOString() });
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'solved', solved_by: 'visitor', solved_at: clock.now().toISOString() });
  });

  it('leaves a solved ticket as it was when it is solved again', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    const first = await ticketRow(connection().db, ticket.reference);
    clock.advance(60_000);
    expect((await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) })).status).toBe(200);
    expect(await ticketRow(connection().db, ticket.reference)).toEqual(first);
  });

  it('reopens a solved ticket without a message', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    clock.advance(60_000);
    const response = await request(`/api/tickets/${ticket.reference}/reopen`, { method: 'POST', headers: bearer(ticket.token) });
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe('open');
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'open', solved_by: null, solved_at: null, updated_at: clock.now().toISOString() });
    expect(await messagesOf(ticket.reference)).toHaveLength(1);
    expect((await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message: 'Now I can write' }, headers: bearer(ticket.token) })).status).toBe(201);
  });

  it('reopens a solved ticket with the message that says why', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await staffReply(connection().db, ticket.reference, 'Fixed.', clock.now().toISOString());
    await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    clock.advance(60_000);
    const response = await request(`/api/tickets/${ticket.reference}/reopen`, { method: 'POST', json: { message: 'It broke again.' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.messages.at(-1)).toMatchObject({ author: 'visitor', body: 'It broke again.', createdAt: clock.now().toISOString() });
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'open', unanswered: 1, last_customer_at: clock.now().toISOString() });
  });

  it.each([
    ['open', async () => undefined],
    ['waiting', async (db: Parameters<typeof staffReply>[0], reference: string, at: string) => void (await staffReply(db, reference, 'Hm?', at))],
  ])('refuses to reopen a ticket that is %s, with a 409', async (status, prepare) => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request);
    await prepare(connection().db, ticket.reference, clock.now().toISOString());
    const response = await request(`/api/tickets/${ticket.reference}/reopen`, { method: 'POST', json: { message: 'Reopen?' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await ticketRow(connection().db, ticket.reference)).status).toBe(status);
    expect((await messagesOf(ticket.reference)).filter((message) => message.body === 'Reopen?')).toEqual([]);
  });

  it('refuses a reopen body with fields the endpoint does not take', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    await request(`/api/tickets/${ticket.reference}/solve`, { method: 'POST', headers: bearer(ticket.token) });
    const response = await request(`/api/tickets/${ticket.reference}/reopen`, { method: 'POST', json: { status: 'open' }, headers: bearer(ticket.token) });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ field: 'status' })]);
    expect((await ticketRow(connection().db, ticket.reference)).status).toBe('solved');
  });
});
