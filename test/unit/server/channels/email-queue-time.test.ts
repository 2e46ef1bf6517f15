import { beforeEach, expect, it } from 'vitest';
import { emailQueueSeconds } from '../../../../server/channels/email-queue-time';
import { describeEachStore } from '../support/each-store';
import { testSettings } from '../support/test-app';
import { clearQueueData, seedTicket } from './seed-tickets';

const WEEKDAYS = ['09:00-17:00'];
const settings = testSettings({
  channels: [{ id: 'email', kind: 'email', label: 'E-mail', hours: { mon: WEEKDAYS, tue: WEEKDAYS, wed: WEEKDAYS, thu: WEEKDAYS, fri: WEEKDAYS } }],
});
// Monday 23 November 2026, 11:00 in Stockholm: the e-mail desk is open.
const MONDAY_11 = new Date('2026-11-23T10:00:00Z');

describeEachStore('emailQueueSeconds', (connection) => {
  beforeEach(() => clearQueueData(connection().db));

  /** Three first replies last week: 1800, 5400 and 1200 seconds of opening hours after the ticket came in. */
  async function seedRecentReplies() {
    const { db } = connection();
    // Thursday 09:00 → 09:30 local: 30 open minutes.
    await seedTicket(db, { createdAt: '2026-11-19T08:00:00Z', firstReplyAt: '2026-11-19T08:30:00Z', status: 'solved' });
    // Friday 16:00 → Monday 09:30 local: one hour on Friday, half an hour on Monday; the weekend does not count.
    await seedTicket(db, { createdAt: '2026-11-20T15:00:00Z', firstReplyAt: '2026-11-23T08:30:00Z', status: 'waiting' });
    // Saturday 11:00 → Monday 09:20 local: only the 20 minutes on Monday count.
    await seedTicket(db, { createdAt: '2026-11-21T10:00:00Z', firstReplyAt: '2026-11-23T08:20:00Z', status: 'solved' });
  }

  it('is the median first-reply time counted in opening hours when there is no backlog', async () => {
    await seedRecentReplies();
    expect(await emailQueueSeconds(connection().db, settings, MONDAY_11)).toBe(1800);
  });

  it('lays the wait over the weekend when the desk is closed', async () => {
    await seedRecentReplies();
    // Saturday 28 November, 11:00 local: the desk opens Monday 09:00 (08:00 UTC); 30 open minutes later is 08:30 UTC.
    const saturday = new Date('2026-11-28T10:00:00Z');
    expect(await emailQueueSeconds(connection().db, settings, saturday)).toBe((Date.parse('2026-11-30T08:30:00Z') - saturday.getTime()) / 1000);
  });

  it('grows with a backlog larger than the recent reply rate clears in the median time', async () => {
    await seedRecentReplies();
    await seedTicket(connection().db, { createdAt: '2026-11-23T09:00:00Z', status: 'open' });
    // 3 first replies in 80 open hours over the last 14 days: one per 96,000 open seconds, so one open
    // ticket takes 26 h 40 min of opening hours: the rest of Monday (6 h), Tuesday and Wednesday
    // (16 h), and Thursday from 09:00 to 13:40 local (12:40 UTC).
    expect(await emailQueueSeconds(connection().db, settings, MONDAY_11)).toBe((Date.parse('2026-11-26T12:40:00Z') - MONDAY_11.getTime()) / 1000);
  });

  it('is unknown without a first reply in the last 14 days', async () => {
    const { db } = connection();
    await seedTicket(db, { createdAt: '2026-11-02T08:00:00Z', firstReplyAt: '2026-11-02T09:00:00Z', status: 'solved' });
    await seedTicket(db, { createdAt: '2026-11-23T08:00:00Z', status: 'open' });
    expect(await emailQueueSeconds(db, settings, MONDAY_11)).toBeNull();
  });

  it('is unknown when the e-mail channel never opens', async () => {
    await seedRecentReplies();
    const closed = testSettings({ channels: [{ id: 'email', kind: 'email', label: 'E-mail', hours: {} }] });
    expect(await emailQueueSeconds(connection().db, closed, MONDAY_11)).toBeNull();
  });

  it('counts replies around the clock for an e-mail channel without hours', async () => {
    await seedRecentReplies();
    const always = testSettings({ channels: [{ id: 'email', kind: 'email', label: 'E-mail' }] });
    // Waits of 30 min, 65 h 30 min and 46 h 20 min: the median is 46 h 20 min.
    expect(await emailQueueSeconds(connection().db, always, MONDAY_11)).toBe(46 * 3600 + 20 * 60);
  });
});
