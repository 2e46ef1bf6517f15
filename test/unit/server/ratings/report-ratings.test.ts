import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { RatingsReport } from '../../../../server/contract/ratings';
import type { Database } from '../../../../server/store/schema';
import { describeEachStore, type StoreKind } from '../support/each-store';
import { fakeClock, STAFF_TOKEN, testApp } from '../support/test-app';
import { seedMessage, seedTicket } from './seed';
import { twoSiteSettings } from './two-sites';

// One month of activity in Europe/Stockholm (UTC+1 in November): November runs from
// 2026-10-31T23:00Z to 2026-11-30T23:00Z. Kestrel rates replies with hearts, Falcon with stars.
const STAFF = [
  { id: 'anna', name: 'Anna', token: STAFF_TOKEN },
  { id: 'bo', name: 'Bo', token: 'staff-token-bo-0123456789abcdef0123456789' },
  { id: 'carl', name: 'Carl', token: 'staff-token-carl-0123456789abcdef01234567' },
];

async function seedNovember(db: Kysely<Database>) {
  const rateReply = (message_id: string, ticket_id: string, staff_id: string, style: string, value: number) =>
    db.insertInto('reply_ratings').values({ message_id, ticket_id, staff_id, style, value, created_at: '2026-12-01T10:00:00.000Z', updated_at: '2026-12-01T10:00:00.000Z' }).execute();
  const csat = (ticket_id: string, site_id: string, score: number, comment: string | null, created_at: string) =>
    db.insertInto('csat').values({ ticket_id, site_id, score, comment, created_at, updated_at: '2026-12-02T10:00:00.000Z' }).execute();
  const staffReply = (ticketId: string, staffId: string, createdAt: string) => seedMessage(db, ticketId, { author: 'staff', staffId, createdAt });

  // Answered in 1 h, a heart, solved by staff with one reply, CSAT 5 with a comment.
  const t1 = await seedTicket(db, { createdAt: '2026-11-02T08:00:00.000Z', status: 'solved', solvedBy: 'staff', solvedAt: '2026-11-03T10:00:00.000Z' });
  await rateReply(await staffReply(t1.id, 'anna', '2026-11-02T09:00:00.000Z'), t1.id, 'anna', 'hearts', 1);
  await csat(t1.id, 'kestrel', 5, 'Great', '2026-11-03T11:00:00.000Z');

  // Answered in 10 h (past the 8 h SLA), a heart taken back, then Bo's heart; two replies.
  const t2 = await seedTicket(db, { createdAt: '2026-11-10T08:00:00.000Z', status: 'solved', solvedBy: 'staff', solvedAt: '2026-11-12T10:00:00.000Z' });
  await rateReply(await staffReply(t2.id, 'anna', '2026-11-10T18:00:00.000Z'), t2.id, 'anna', 'hearts', 0);
  await rateReply(await staffReply(t2.id, 'bo', '2026-11-11T09:00:00.000Z'), t2.id, 'bo', 'hearts', 1);
  await csat(t2.id, 'kestrel', 3, null, '2026-11-12T11:00:00.000Z');

  // Falcon: an internal note first (neither a reply nor a first response), Bo answers in 2 h with 4 stars; the visitor solves it.
  const t3 = await seedTicket(db, { siteId: 'falcon', createdAt: '2026-11-15T08:00:00.000Z', status: 'solved', solvedBy: 'visitor', solvedAt: '2026-11-16T10:00:00.000Z' });
  await seedMessage(db, t3.id, { author: 'staff', staffId: 'anna', internal: true, createdAt: '2026-11-15T08:30:00.000Z' });
  await rateReply(await staffReply(t3.id, 'bo', '2026-11-15T10:00:00.000Z'), t3.id, 'bo', 'stars', 4);
  await csat(t3.id, 'falcon', 4, 'ok', '2026-11-16T11:00:00.000Z');

  // Falcon, still open: a former staff member answers in 30 min (2 stars), Anna the next day (5 stars).
  const t4 = await seedTicket(db, { siteId: 'falcon', createdAt: '2026-11-20T08:00:00.000Z', status: 'waiting' });
  await rateReply(await staffReply(t4.id, 'gone', '2026-11-20T08:30:00.000Z'), t4.id, 'gone', 'stars', 2);
  await rateReply(await staffReply(t4.id, 'anna', '2026-11-21T08:00:00.000Z'), t4.id, 'anna', 'stars', 5);

  // Never answered, long past the SLA.
  await seedTicket(db, { createdAt: '2026-11-29T12:00:00.000Z' });

  // 1 November, 00:30 in Stockholm (still 31 October in UTC): answered in 15 min, a heart; solved by the visitor.
  const t6 = await seedTicket(db, { createdAt: '2026-10-31T23:30:00.000Z', status: 'solved', solvedBy: 'visitor', solvedAt: '2026-11-01T08:00:00.000Z' });
  await rateReply(await staffReply(t6.id, 'anna', '2026-10-31T23:45:00.000Z'), t6.id, 'anna', 'hearts', 1);
  await csat(t6.id, 'kestrel', 1, null, '2026-11-01T09:00:00.000Z');

  // 1 December, 00:30 in Stockholm (still 30 November in UTC): outside November altogether.
  const t7 = await seedTicket(db, { createdAt: '2026-11-30T23:30:00.000Z', status: 'solved', solvedBy: 'staff', solvedAt: '2026-11-30T23:50:00.000Z' });
  await rateReply(await staffReply(t7.id, 'anna', '2026-11-30T23:40:00.000Z'), t7.id, 'anna', 'hearts', 1);
  await csat(t7.id, 'kestrel', 5, 'Late', '2026-11-30T23:55:00.000Z');

  // Came in on 31 October, solved in November with one reply before solving; Bo writes again after.
  const t8 = await seedTicket(db, { createdAt: '2026-10-31T22:30:00.000Z', status: 'solved', solvedBy: 'staff', solvedAt: '2026-11-05T10:00:00.000Z' });
  await rateReply(await staffReply(t8.id, 'anna', '2026-10-31T22:50:00.000Z'), t8.id, 'anna', 'hearts', 1);
  await staffReply(t8.id, 'bo', '2026-11-06T10:00:00.000Z');

  // Solved in November, then reopened by the visitor: no longer counts as solved. Never answered.
  await seedTicket(db, { createdAt: '2026-11-07T10:00:00.000Z', status: 'open', solvedBy: 'staff', solvedAt: '2026-11-08T10:00:00.000Z' });

  const vote = (site_id: string, locale: string, slug: string, helpful: number, created_at: string) =>
    db.insertInto('article_votes').values({ site_id, locale, slug, visitor_id: randomUUID(), helpful, search_text: null, created_at, updated_at: created_at }).execute();
  await vote('kestrel', 'en', 'dns-records', 1, '2026-11-05T10:00:00.000Z');
  await vote('kestrel', 'en', 'dns-records', 1, '2026-11-06T10:00:00.000Z');
  await vote('kestrel', 'en', 'dns-records', 0, '2026-11-07T10:00:00.000Z');
  await vote('kestrel', 'en', 'billing', 0, '2026-11-08T10:00:00.000Z');
  await vote('falcon', 'sv', 'dns-records', 1, '2026-10-31T23:00:00.000Z'); // the first instant of November
  await vote('kestrel', 'en', 'dns-records', 1, '2026-11-30T23:00:00.000Z'); // the first instant of December
  await vote('kestrel', 'en', 'billing', 1, '2026-10-31T22:59:59.999Z'); // the last instant of October
}

const reports = new Map<StoreKind, unknown>();

describeEachStore('GET /api/staff/reports/ratings', (connection, kind) => {
  let api: ReturnType<typeof testApp>;
  let november: Record<string, any>;
  const get = (query: string, token = STAFF_TOKEN, app = api) => app.request(`/api/staff/reports/ratings${query}`, { headers: { Authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    await seedNovember(connection().db);
    api = testApp(connection(), { settings: twoSiteSettings({ staff: STAFF }), clock: fakeClock('2026-12-05T12:00:00Z') });
    const response = await get('?from=2026-11-01&to=2026-11-30');
    expect(response.status).toBe(200);
    november = await response.json();
    reports.set(kind, november);
  });

  it('answers in the shape of the contract', () => {
    expect(z.safeParse(RatingsReport, november).error).toBeUndefined();
  });

  it('names the period in the time zone of the settings', () => {
    expect(november.period).toEqual({ from: '2026-11-01', to: '2026-11-30', timeZone: 'Europe/Stockholm' });
    expect(november.site).toBeNull();
  });

  it('sums reply ratings per staff member, by when the reply was written', () => {
    expect(november.replies.perStaff).toEqual([
      { staffId: 'anna', name: 'Anna', replies: 4, hearts: 2, stars: 1, starsAverage: 5, count: 3 },
      { staffId: 'bo', name: 'Bo', replies: 3, hearts: 1, stars: 1, starsAverage: 4, count: 2 },
      { staffId: 'gone', name: 'gone', replies: 1, hearts: 0, stars: 1, starsAverage: 2, count: 1 },
    ]);
    expect(november.replies.overall).toEqual({ replies: 8, hearts: 3, stars: 3, starsAverage: 3.67, count: 6 });
  });

  it('sums CSAT given in the period', () => {
    expect(november.csat).toEqual({ average: 3.25, count: 4, distribution: { '1': 1, '2': 0, '3': 1, '4': 1, '5': 1 }, comments: 2 });
  });

  it('counts article votes per article, from the first instant of the first day to the last of the last', () => {
    expect(november.articles).toEqual([
      { locale: 'en', slug: 'billing', helpful: 0, notHelpful: 1, score: 0 },
      { locale: 'en', slug: 'dns-records', helpful: 2, notHelpful: 1, score: 0.67 },
      { locale: 'sv', slug: 'dns-records', helpful: 1, notHelpful: 0, score: 1 },
    ]);
  });

  it('gives the share of tickets solved in the period with at most one staff reply', () => {
    expect(november.firstContactResolution).toEqual({ solved: 5, withinOneReply: 4, share: 0.8 });
  });

  it('counts tickets the visitor solved and helpful votes as deflection', () => {
    expect(november.deflection).toEqual({ ticketsSolvedByVisitor: 2, helpfulVotes: 3 });
  });

  it('measures the time to the first staff reply and the share within the SLA', () => {
    expect(november.responseTimes).toEqual({ replied: 5, medianFirstReplySeconds: 3600, p90FirstReplySeconds: 36_000, slaFirstReplyHours: 8, withinSla: 0.57 });
  });

  it('takes the SLA from the settings', async () => {
    const lenient = testApp(connection(), { settings: twoSiteSettings({ staff: STAFF, slaFirstReplyHours: 12 }), clock: fakeClock('2026-12-05T12:00:00Z') });
    const report = await (await get('?from=2026-11-01&to=2026-11-30', STAFF_TOKEN, lenient)).json();
    expect(report.responseTimes).toMatchObject({ slaFirstReplyHours: 12, withinSla: 0.71 });
  });

  it('leaves out of the SLA share a ticket still waiting inside its SLA', async () => {
    await seedTicket(connection().db, { createdAt: '2026-12-05T08:00:00.000Z' });
    const report = await (await get('?from=2026-12-01&to=2026-12-05')).json();
    // The 1 December ticket was answered in 10 min; the one from 4 hours ago is not decided yet.
    expect(report.responseTimes).toMatchObject({ replied: 1, withinSla: 1 });
  });

  it('limits the report to one site', async () => {
    const report = await (await get('?from=2026-11-01&to=2026-11-30&site=falcon')).json();
    expect(report.site).toBe('falcon');
    expect(report.replies.perStaff.map((staff: { staffId: string; stars: number }) => `${staff.staffId}:${staff.stars}`)).toEqual(['anna:1', 'bo:1', 'gone:1']);
    expect(report.csat).toMatchObject({ count: 1, average: 4 });
    expect(report.articles).toEqual([{ locale: 'sv', slug: 'dns-records', helpful: 1, notHelpful: 0, score: 1 }]);
    expect(report.firstContactResolution).toEqual({ solved: 1, withinOneReply: 1, share: 1 });
  });

  it('counts the 25 hours of the day the clocks go back', async () => {
    const vote = (created_at: string) =>
      connection().db.insertInto('article_votes').values({ site_id: 'kestrel', locale: 'en', slug: 'clock-change', visitor_id: randomUUID(), helpful: 1, search_text: null, created_at, updated_at: created_at }).execute();
    await vote('2026-10-24T21:59:59.999Z'); // 24 October, 23:59:59 summer time
    await vote('2026-10-24T22:00:00.000Z'); // 25 October, 00:00 summer time
    await vote('2026-10-25T22:59:59.999Z'); // 25 October, 23:59:59 winter time
    await vote('2026-10-25T23:00:00.000Z'); // 26 October, 00:00 winter time
    const report = await (await get('?from=2026-10-25&to=2026-10-25')).json();
    expect(report.articles).toEqual([{ locale: 'en', slug: 'clock-change', helpful: 2, notHelpful: 0, score: 1 }]);
  });

  it('counts a changed vote in the period it was first cast, as it is now', async () => {
    const voter = testApp(connection(), { settings: twoSiteSettings({ staff: STAFF }), clock: fakeClock('2027-01-10T12:00:00Z') });
    const body = { locale: 'en', slug: 'changed-later', visitorId: randomUUID() };
    await voter.request('/api/articles/votes', { method: 'PUT', json: { ...body, helpful: true } });
    voter.clock.set('2027-02-03T12:00:00Z');
    await voter.request('/api/articles/votes', { method: 'PUT', json: { ...body, helpful: false } });
    const january = await (await get('?from=2027-01-01&to=2027-01-31', STAFF_TOKEN, voter)).json();
    const february = await (await get('?from=2027-02-01&to=2027-02-28', STAFF_TOKEN, voter)).json();
    expect(january.articles).toEqual([{ locale: 'en', slug: 'changed-later', helpful: 0, notHelpful: 1, score: 0 }]);
    expect(february.articles).toEqual([]);
  });

  it('covers the last 30 days up to today by default', async () => {
    const report = await (await get('')).json();
    expect(report.period).toEqual({ from: '2026-11-06', to: '2026-12-05', timeZone: 'Europe/Stockholm' });
  });

  it('answers an empty period with zeros and nulls', async () => {
    const report = await (await get('?from=2025-01-01&to=2025-01-31')).json();
    expect(report.replies).toEqual({ perStaff: [], overall: { replies: 0, hearts: 0, stars: 0, starsAverage: null, count: 0 } });
    expect(report.csat).toEqual({ average: null, count: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }, comments: 0 });
    expect(report.firstContactResolution).toEqual({ solved: 0, withinOneReply: 0, share: null });
    expect(report.responseTimes).toEqual({ replied: 0, medianFirstReplySeconds: null, p90FirstReplySeconds: null, slaFirstReplyHours: 8, withinSla: null });
  });

  it.each([
    ['?from=2026-13-01', 'from'],
    ['?from=2026-02-30', 'from'],
    ['?to=yesterday', 'to'],
    ['?from=2026-11-30&to=2026-11-01', 'from'],
    ['?site=nowhere', 'site'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('answers 401 without a staff token, or with a ticket token', async () => {
    const ticket = await seedTicket(connection().db);
    const anonymous = await api.request('/api/staff/reports/ratings');
    const visitor = await get('', ticket.token);
    expect([anonymous.status, visitor.status]).toEqual([401, 401]);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('the ratings report on both stores', () => {
  it('gives the same figures on SQLite and PostgreSQL', ({ skip }) => {
    if (reports.size < 2) skip('PostgreSQL was not reachable');
    expect(reports.get('postgres')).toEqual(reports.get('sqlite'));
  });
});
