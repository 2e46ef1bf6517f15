import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { emailQueueSeconds } from '../../../../server/channels/email-queue-time';
import { newAccessToken } from '../../../../server/tickets/access-token';
import { describeEachStore } from '../support/each-store';
import { SITE_ORIGIN } from '../support/test-app';
import { bearer, openTicket, staffReply, ticketApp, ticketRow } from './ticket-fixtures';

const OTHER_ORIGIN = 'https://shop.other.test';
const TWO_SITES = {
  sites: [
    { id: 'kestrel', name: 'Kestrel', origins: [SITE_ORIGIN], ratingStyle: 'hearts' },
    { id: 'other', name: 'Other Shop', origins: [OTHER_ORIGIN], ratingStyle: 'stars' },
  ],
};

/** Everything a client can observe of an answer. */
async function observed(response: Response) {
  return { status: response.status, headers: [...response.headers.entries()].sort(), body: await response.text() };
}

describeEachStore('GET /api/tickets/:ref', (connection) => {
  it('answers every way of not having the ticket with the same 404, byte for byte', async () => {
    const { request } = ticketApp(connection(), TWO_SITES);
    const ticket = await openTicket(request);
    const unknownReference = ticket.reference === 'ZZZ-ZZZZ' ? 'YYY-YYYY' : 'ZZZ-ZZZZ';
    const baseline = await observed(await request(`/api/tickets/${unknownReference}`, { headers: bearer(ticket.token) }));
    expect(baseline.status).toBe(404);
    expect(baseline.headers).toContainEqual(['content-type', 'application/problem+json']);

    const attempts: Record<string, () => Response | Promise<Response>> = {
      'wrong token': () => request(`/api/tickets/${ticket.reference}`, { headers: bearer(newAccessToken()) }),
      'malformed token': () => request(`/api/tickets/${ticket.reference}`, { headers: bearer('not-a-token') }),
      'no Authorization header': () => request(`/api/tickets/${ticket.reference}`),
      'token in the query string': () => request(`/api/tickets/${ticket.reference}?token=${ticket.token}`),
      'another scheme': () => request(`/api/tickets/${ticket.reference}`, { headers: { Authorization: `Basic ${ticket.token}` } }),
      'malformed reference': () => request('/api/tickets/not-a-ref', { headers: bearer(ticket.token) }),
      'lower-case reference': () => request(`/api/tickets/${ticket.reference.toLowerCase()}`, { headers: bearer(ticket.token) }),
    };
    for (const [name, attempt] of Object.entries(attempts)) {
      expect({ name, ...(await observed(await attempt())) }).toEqual({ name, ...baseline });
    }
    expect((await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).status).toBe(200);
  });

  it("answers another site's ticket like a reference that does not exist", async () => {
    const { request } = ticketApp(connection(), TWO_SITES);
    const ticket = await openTicket(request);
    const fromOther = { Origin: OTHER_ORIGIN, ...bearer(ticket.token) };
    const theirs = await observed(await request(`/api/tickets/${ticket.reference}`, { headers: fromOther }));
    const nothing = await observed(await request('/api/tickets/ZZZ-ZZZ2', { headers: fromOther }));
    expect(theirs.status).toBe(404);
    expect(theirs).toEqual(nothing);
    const home = await observed(await request('/api/tickets/ZZZ-ZZZ2', { headers: bearer(ticket.token) }));
    expect(theirs.body).toBe(home.body);
  });

  it('answers writes on a ticket without its token with the same 404 and changes nothing', async () => {
    const { request } = ticketApp(connection());
    const ticket = await openTicket(request);
    const baseline = await observed(await request(`/api/tickets/${ticket.reference}`, { headers: bearer(newAccessToken()) }));
    const writes = [
      ['messages', { message: 'let me in' }],
      ['reopen', undefined],
      ['solve', undefined],
    ] as const;
    for (const [action, json] of writes) {
      const response = await request(`/api/tickets/${ticket.reference}/${action}`, { method: 'POST', json, headers: bearer(newAccessToken()) });
      expect({ action, ...(await observed(response)) }).toEqual({ action, ...baseline });
    }
    expect(await ticketRow(connection().db, ticket.reference)).toMatchObject({ status: 'open', unanswered: 1 });
  });

  it('shows staff replies by name, visitor messages by the visitor, in order, and never an internal note', async () => {
    const { request, clock } = ticketApp(connection());
    const ticket = await openTicket(request, { name: 'Ida Visitor' });
    const db = connection().db;
    clock.advance(60_000);
    await staffReply(db, ticket.reference, 'Internal: customer is on the old cluster', clock.now().toISOString(), { internal: true });
    clock.advance(60_000);
    const replyId = await staffReply(db, ticket.reference, 'We restarted the mail server.', clock.now().toISOString());
    clock.advance(60_000);
    await staffReply(db, ticket.reference, 'Anything else?', clock.now().toISOString(), { staffId: 'former-colleague' });

    const response = await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) });
    const text = await response.text();
    expect(text).not.toContain('Internal: customer is on the old cluster');
    const view = JSON.parse(text);
    expect(view.status).toBe('waiting');
    expect(view.expectedReplyAt).toBeNull();
    expect(view.messages.map((message: { author: string; authorName: string; body: string }) => [message.author, message.authorName, message.body])).toEqual([
      ['visitor', 'Ida Visitor', ticket.body.message],
      ['staff', 'Anna', 'We restarted the mail server.'],
      ['staff', 'Kestrel', 'Anything else?'],
    ]);
    expect(view.messages[1].id).toBe(replyId);
  });

  it("shows the visitor's rating of each reply and the CSAT, with the site's rating style", async () => {
    const { request, clock } = ticketApp(connection(), TWO_SITES);
    const ticket = await openTicket(request);
    const db = connection().db;
    const at = clock.now().toISOString();
    const rated = await staffReply(db, ticket.reference, 'Try this.', at);
    const takenBack = await staffReply(db, ticket.reference, 'Or this.', at);
    await staffReply(db, ticket.reference, 'Or that.', at);
    const { id } = await ticketRow(db, ticket.reference);
    await db
      .insertInto('reply_ratings')
      .values([
        { message_id: rated, ticket_id: id, staff_id: 'anna', style: 'hearts', value: 1, created_at: at, updated_at: at },
        { message_id: takenBack, ticket_id: id, staff_id: 'anna', style: 'hearts', value: 0, created_at: at, updated_at: at },
      ])
      .execute();
    await db.insertInto('csat').values({ ticket_id: id, site_id: 'kestrel', score: 4, comment: 'Quick <b>and</b> kind', created_at: at, updated_at: at }).execute();

    const view = await (await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).json();
    expect(view.ratingStyle).toBe('hearts');
    expect(view.messages.map((message: { rating: number | null }) => message.rating)).toEqual([null, 1, null, null]);
    expect(view.csat).toEqual({ score: 4, comment: 'Quick <b>and</b> kind' });

    const elsewhere = await openTicket((path, init = {}) => request(path, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), Origin: OTHER_ORIGIN } }));
    const otherView = await (await request(`/api/tickets/${elsewhere.reference}`, { headers: { Origin: OTHER_ORIGIN, ...bearer(elsewhere.token) } })).json();
    expect(otherView.ratingStyle).toBe('stars');
  });

  it('expects the first reply from the e-mail queue while the ticket waits on staff', async () => {
    const { request, clock, settings } = ticketApp(connection());
    const db = connection().db;
    // A ticket answered an hour after it came in gives the queue something to estimate from.
    const history = await openTicket(request);
    clock.advance(3_600_000);
    await staffReply(db, history.reference, 'Answered.', clock.now().toISOString());

    const ticket = await openTicket(request);
    const created = clock.now();
    const seconds = await emailQueueSeconds(db, settings, created);
    expect(seconds).not.toBeNull();
    expect(ticket.expectedReplyAt).toBe(new Date(created.getTime() + seconds! * 1000).toISOString());

    clock.advance(600_000);
    const later = clock.now();
    const laterSeconds = (await emailQueueSeconds(db, settings, later))!;
    const view = await (await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).json();
    expect(view.expectedReplyAt).toBe(new Date(Math.max(created.getTime() + laterSeconds * 1000, later.getTime())).toISOString());

    await staffReply(db, ticket.reference, 'On it.', later.toISOString());
    const answered = await (await request(`/api/tickets/${ticket.reference}`, { headers: bearer(ticket.token) })).json();
    expect(answered.expectedReplyAt).toBeNull();
  });

  it('has no expected reply time while the queue has nothing to estimate from', async () => {
    // Its own store state is not guaranteed, so this checks the rule against the queue directly.
    const { request, settings, clock } = ticketApp(connection());
    const ticket = await openTicket(request, { email: `fresh-${randomUUID().slice(0, 6)}@example.com` });
    const seconds = await emailQueueSeconds(connection().db, settings, clock.now());
    expect(ticket.expectedReplyAt).toBe(seconds === null ? null : new Date(clock.now().getTime() + seconds * 1000).toISOString());
  });
});
