import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { testApp } from '../support/test-app';
import { seedMessage, seedTicket } from './seed';
import { STARS_ORIGIN, twoSiteSettings } from './two-sites';

describeEachStore('PUT /api/tickets/:ref/messages/:messageId/rating', (connection) => {
  let api: ReturnType<typeof testApp>;
  beforeAll(() => {
    api = testApp(connection(), { settings: twoSiteSettings() });
  });

  const rate = (ticket: { reference: string; token: string }, messageId: string, json: unknown, origin?: string) =>
    api.request(`/api/tickets/${ticket.reference}/messages/${messageId}/rating`, {
      method: 'PUT',
      json,
      headers: { Authorization: `Bearer ${ticket.token}`, ...(origin ? { Origin: origin } : {}) },
    });

  async function ticketWithReply(siteId = 'kestrel') {
    const ticket = await seedTicket(connection().db, { siteId });
    const replyId = await seedMessage(connection().db, ticket.id, { author: 'staff', staffId: 'anna' });
    return { ticket, replyId };
  }

  const storedRatings = (messageId: string) => connection().db.selectFrom('reply_ratings').selectAll().where('message_id', '=', messageId).execute();

  it('gives a heart to a staff reply on a hearts site and keeps who wrote the reply', async () => {
    const { ticket, replyId } = await ticketWithReply();
    const response = await rate(ticket, replyId, { value: 1 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ messageId: replyId, style: 'hearts', value: 1, createdAt: '2026-11-23T10:00:00.000Z' });
    expect(await storedRatings(replyId)).toMatchObject([{ ticket_id: ticket.id, staff_id: 'anna', style: 'hearts', value: 1 }]);
  });

  it('takes a heart back with 0', async () => {
    const { ticket, replyId } = await ticketWithReply();
    await rate(ticket, replyId, { value: 1 });
    const response = await rate(ticket, replyId, { value: 0 });
    expect(response.status).toBe(200);
    expect(await storedRatings(replyId)).toMatchObject([{ value: 0 }]);
  });

  it.each([2, 5, -1])('refuses %s on a hearts site, naming value', async (value) => {
    const { ticket, replyId } = await ticketWithReply();
    const response = await rate(ticket, replyId, { value });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors).toEqual([{ field: 'value', message: 'must be 1 (a heart) or 0 (taken back)' }]);
    expect(await storedRatings(replyId)).toEqual([]);
  });

  it('takes 1 to 5 stars on a stars site', async () => {
    for (const value of [1, 5]) {
      const { ticket, replyId } = await ticketWithReply('falcon');
      const response = await rate(ticket, replyId, { value }, STARS_ORIGIN);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ style: 'stars', value });
    }
  });

  it.each([0, 6])('refuses %s stars, naming value', async (value) => {
    const { ticket, replyId } = await ticketWithReply('falcon');
    const response = await rate(ticket, replyId, { value }, STARS_ORIGIN);
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([{ field: 'value', message: 'must be 1 to 5 stars' }]);
  });

  it.each([[{ value: 3.5 }], [{ value: '4' }], [{}], [{ value: 4, staffId: 'bo' }]])('refuses the body %j, naming the field', async (json) => {
    const { ticket, replyId } = await ticketWithReply('falcon');
    const response = await rate(ticket, replyId, json, STARS_ORIGIN);
    expect(response.status).toBe(422);
    const fields = (await response.json()).errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(['staffId' in json ? 'staffId' : 'value']);
    expect(await storedRatings(replyId)).toEqual([]);
  });

  it('keeps one rating per reply, changed by rating again', async () => {
    const { ticket, replyId } = await ticketWithReply('falcon');
    await rate(ticket, replyId, { value: 5 }, STARS_ORIGIN);
    api.clock.advance(60_000);
    const response = await rate(ticket, replyId, { value: 2 }, STARS_ORIGIN);
    expect(await response.json()).toMatchObject({ value: 2, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:01:00.000Z' });
    expect(await storedRatings(replyId)).toMatchObject([{ value: 2 }]);
  });

  it("refuses to rate the visitor's own message", async () => {
    const ticket = await seedTicket(connection().db);
    const own = await seedMessage(connection().db, ticket.id, { author: 'visitor' });
    const response = await rate(ticket, own, { value: 1 });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ type: '/api/problems#not-a-staff-reply', errors: [{ field: 'messageId' }] });
    expect(await storedRatings(own)).toEqual([]);
  });

  it('answers an internal note like a message that does not exist', async () => {
    const ticket = await seedTicket(connection().db);
    const note = await seedMessage(connection().db, ticket.id, { author: 'staff', internal: true });
    const noteResponse = await rate(ticket, note, { value: 1 });
    const missingResponse = await rate(ticket, '00000000-0000-4000-8000-000000000000', { value: 1 });
    expect(noteResponse.status).toBe(404);
    expect(await noteResponse.json()).toEqual(await missingResponse.json());
    expect(await storedRatings(note)).toEqual([]);
  });

  it("refuses a reply of another ticket with this ticket's token", async () => {
    const mine = await seedTicket(connection().db);
    const { replyId } = await ticketWithReply();
    const response = await rate(mine, replyId, { value: 1 });
    expect(response.status).toBe(404);
    expect(await storedRatings(replyId)).toEqual([]);
  });

  it('answers a wrong token, a wrong reference, a missing token and another site with the 404 of the tickets API', async () => {
    const { ticket, replyId } = await ticketWithReply();
    const other = await seedTicket(connection().db);
    const answers = await Promise.all([
      rate({ reference: ticket.reference, token: other.token }, replyId, { value: 1 }),
      rate({ reference: other.reference, token: ticket.token }, replyId, { value: 1 }),
      api.request(`/api/tickets/${ticket.reference}/messages/${replyId}/rating`, { method: 'PUT', json: { value: 1 } }),
      rate(ticket, replyId, { value: 1 }, STARS_ORIGIN),
      api.request(`/api/tickets/${ticket.reference}`, { headers: { Authorization: `Bearer ${other.token}` } }),
    ]);
    const bodies = await Promise.all(answers.map((response) => response.text()));
    expect(answers.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
    expect(await storedRatings(replyId)).toEqual([]);
  });
});
