import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ArticleVote, Csat, ReplyRating } from '../../../../server/contract/ratings';
import { describeEachStore } from '../support/each-store';
import { fakeClock, STAFF_TOKEN, testApp } from '../support/test-app';
import { twoSiteSettings } from './two-sites';

// The whole path through the other parts' endpoints: the visitor writes in, staff reply and
// solve, the visitor rates, and the report sees it.

describeEachStore('ratings through the ticket and staff APIs', (connection) => {
  let api: ReturnType<typeof testApp>;
  beforeAll(() => {
    api = testApp(connection(), { settings: twoSiteSettings(), clock: fakeClock('2027-03-10T09:00:00Z') });
  });

  const visitor = (token: string) => ({ Authorization: `Bearer ${token}` });
  const staff = { Authorization: `Bearer ${STAFF_TOKEN}` };

  async function solvedTicketWithReply() {
    const created = await api.request('/api/tickets', {
      method: 'POST',
      headers: { 'Idempotency-Key': randomUUID() },
      json: { name: 'Vera', email: `vera-${randomUUID().slice(0, 8)}@example.com`, subject: 'DNS', message: 'My domain does not resolve.', category: 'domains', locale: 'en' },
    });
    expect(created.status).toBe(201);
    const { reference, token } = (await created.json()) as { reference: string; token: string };
    api.clock.advance(2 * 3_600_000);
    const reply = await api.request(`/api/staff/tickets/${reference}/replies`, { method: 'POST', headers: staff, json: { body: 'Fixed the A record.', status: 'solved' } });
    expect(reply.status).toBe(201);
    const { id: replyId } = (await reply.json()) as { id: string };
    return { reference, token, replyId };
  }

  const view = async (reference: string, token: string) => (await api.request(`/api/tickets/${reference}`, { headers: visitor(token) })).json();

  it('shows the visitor their heart on the reply and their CSAT, and the report counts both', async () => {
    const { reference, token, replyId } = await solvedTicketWithReply();
    const rating = await api.request(`/api/tickets/${reference}/messages/${replyId}/rating`, { method: 'PUT', headers: visitor(token), json: { value: 1 } });
    const csat = await api.request(`/api/tickets/${reference}/csat`, { method: 'PUT', headers: visitor(token), json: { score: 5, comment: 'Fast!' } });
    expect([rating.status, csat.status]).toEqual([200, 200]);
    expect(z.safeParse(ReplyRating, await rating.json()).error).toBeUndefined();
    expect(z.safeParse(Csat, await csat.json()).error).toBeUndefined();

    const ticket = await view(reference, token);
    expect(ticket.messages.find((message: { id: string }) => message.id === replyId)).toMatchObject({ author: 'staff', rating: 1 });
    expect(ticket.csat).toEqual({ score: 5, comment: 'Fast!' });

    const report = await (await api.request('/api/staff/reports/ratings?from=2027-03-10&to=2027-03-10', { headers: staff })).json();
    expect(report.replies.overall).toMatchObject({ replies: 1, hearts: 1, count: 1 });
    expect(report.csat).toMatchObject({ count: 1, average: 5, comments: 1 });
    expect(report.firstContactResolution).toEqual({ solved: 1, withinOneReply: 1, share: 1 });
    expect(report.responseTimes).toMatchObject({ replied: 1, medianFirstReplySeconds: 7200, withinSla: 1 });
  });

  it('shows a heart taken back as not rated', async () => {
    const { reference, token, replyId } = await solvedTicketWithReply();
    await api.request(`/api/tickets/${reference}/messages/${replyId}/rating`, { method: 'PUT', headers: visitor(token), json: { value: 1 } });
    await api.request(`/api/tickets/${reference}/messages/${replyId}/rating`, { method: 'PUT', headers: visitor(token), json: { value: 0 } });
    const ticket = await view(reference, token);
    expect(ticket.messages.find((message: { id: string }) => message.id === replyId).rating).toBeNull();
  });

  it('answers an article vote in the shape of the contract', async () => {
    const response = await api.request('/api/articles/votes', { method: 'PUT', json: { locale: 'en', slug: 'dns-records', visitorId: randomUUID(), helpful: true } });
    expect(response.status).toBe(200);
    expect(z.safeParse(ArticleVote, await response.json()).error).toBeUndefined();
  });

  it('refuses CSAT once the visitor has reopened the ticket', async () => {
    const { reference, token } = await solvedTicketWithReply();
    expect((await api.request(`/api/tickets/${reference}/reopen`, { method: 'POST', headers: visitor(token) })).status).toBe(200);
    const response = await api.request(`/api/tickets/${reference}/csat`, { method: 'PUT', headers: visitor(token), json: { score: 2 } });
    expect(response.status).toBe(409);
  });

  it("refuses a rating of the visitor's own first message", async () => {
    const { reference, token } = await solvedTicketWithReply();
    const own = (await view(reference, token)).messages.find((message: { author: string }) => message.author === 'visitor');
    const response = await api.request(`/api/tickets/${reference}/messages/${own.id}/rating`, { method: 'PUT', headers: visitor(token), json: { value: 1 } });
    expect(response.status).toBe(422);
  });
});
