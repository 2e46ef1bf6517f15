import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { testApp } from '../support/test-app';
import { seedTicket } from './seed';
import { twoSiteSettings } from './two-sites';

describeEachStore('PUT /api/tickets/:ref/csat', (connection) => {
  let api: ReturnType<typeof testApp>;
  beforeAll(() => {
    api = testApp(connection(), { settings: twoSiteSettings() });
  });

  const rate = (ticket: { reference: string; token: string }, json: unknown) =>
    api.request(`/api/tickets/${ticket.reference}/csat`, { method: 'PUT', json, headers: { Authorization: `Bearer ${ticket.token}` } });
  const solvedTicket = () => seedTicket(connection().db, { status: 'solved', solvedBy: 'staff', solvedAt: '2026-11-23T09:30:00.000Z' });
  const storedCsat = (ticketId: string) => connection().db.selectFrom('csat').selectAll().where('ticket_id', '=', ticketId).execute();

  it('rates a solved ticket with a score and a comment', async () => {
    const ticket = await solvedTicket();
    const response = await rate(ticket, { score: 4, comment: 'Quick and <b>kind</b>.' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ score: 4, comment: 'Quick and <b>kind</b>.', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(await storedCsat(ticket.id)).toMatchObject([{ site_id: 'kestrel', score: 4, comment: 'Quick and <b>kind</b>.' }]);
  });

  it.each(['open', 'waiting'] as const)('refuses to rate a ticket that is %s with 409', async (status) => {
    const ticket = await seedTicket(connection().db, { status });
    const response = await rate(ticket, { score: 5 });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ type: '/api/problems#ticket-not-solved' });
    expect(await storedCsat(ticket.id)).toEqual([]);
  });

  it('keeps one rating per ticket, replaced by rating again', async () => {
    const ticket = await solvedTicket();
    await rate(ticket, { score: 2, comment: 'Slow.' });
    api.clock.advance(3_600_000);
    const response = await rate(ticket, { score: 5 });
    expect(await response.json()).toMatchObject({ score: 5, comment: null, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T11:00:00.000Z' });
    expect(await storedCsat(ticket.id)).toMatchObject([{ score: 5, comment: null }]);
    api.clock.set('2026-11-23T10:00:00Z');
  });

  it('stores a blank comment as none', async () => {
    const ticket = await solvedTicket();
    await rate(ticket, { score: 3, comment: '   ' });
    expect(await storedCsat(ticket.id)).toMatchObject([{ comment: null }]);
  });

  it.each([
    [{ score: 0 }, 'score'],
    [{ score: 6 }, 'score'],
    [{ score: 4.5 }, 'score'],
    [{}, 'score'],
    [{ score: 4, comment: 'x'.repeat(2001) }, 'comment'],
    [{ score: 4, comment: 7 }, 'comment'],
    [{ score: 4, siteId: 'other' }, 'siteId'],
  ])('refuses %j, naming %s', async (json, field) => {
    const ticket = await solvedTicket();
    const response = await rate(ticket, json);
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(await storedCsat(ticket.id)).toEqual([]);
  });

  it('takes a comment of 2000 characters', async () => {
    const ticket = await solvedTicket();
    expect((await rate(ticket, { score: 4, comment: 'x'.repeat(2000) })).status).toBe(200);
  });

  it('answers a wrong token like a wrong reference', async () => {
    const ticket = await solvedTicket();
    const other = await solvedTicket();
    const wrongToken = await rate({ reference: ticket.reference, token: other.token }, { score: 1 });
    const wrongReference = await rate({ reference: 'ZZZ-ZZZZ', token: ticket.token }, { score: 1 });
    expect(wrongToken.status).toBe(404);
    expect(await wrongToken.text()).toBe(await wrongReference.text());
    expect(await storedCsat(ticket.id)).toEqual([]);
  });
});
