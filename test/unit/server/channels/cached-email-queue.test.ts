import { beforeEach, expect, it } from 'vitest';
import { cachedEmailQueue } from '../../../../server/channels/cached-email-queue';
import { describeEachStore } from '../support/each-store';
import { testSettings } from '../support/test-app';
import { clearQueueData, seedTicket } from './seed-tickets';

// No hours: open around the clock, so the arithmetic is plain.
const settings = testSettings({ channels: [{ id: 'email', kind: 'email', label: 'E-mail' }] });
const at = (iso: string) => new Date(iso);

describeEachStore('cachedEmailQueue', (connection) => {
  beforeEach(() => clearQueueData(connection().db));

  it('counts the same expected reply down for a minute, then estimates again', async () => {
    const { db } = connection();
    await seedTicket(db, { createdAt: '2026-11-23T08:00:00Z', firstReplyAt: '2026-11-23T09:00:00Z', status: 'solved' });
    const emailQueue = cachedEmailQueue(db, settings);
    expect(await emailQueue(at('2026-11-23T10:00:00Z'))).toBe(3600);

    await seedTicket(db, { createdAt: '2026-11-23T07:00:00Z', firstReplyAt: '2026-11-23T09:00:00Z', status: 'solved' });
    await seedTicket(db, { createdAt: '2026-11-23T06:00:00Z', firstReplyAt: '2026-11-23T09:00:00Z', status: 'solved' });
    expect(await emailQueue(at('2026-11-23T10:00:30Z'))).toBe(3570);
    expect(await emailQueue(at('2026-11-23T10:01:00Z'))).toBe(7200);
  });

  it('estimates again when the clock goes back', async () => {
    const { db } = connection();
    const emailQueue = cachedEmailQueue(db, settings);
    expect(await emailQueue(at('2026-11-23T10:00:00Z'))).toBeNull();
    await seedTicket(db, { createdAt: '2026-11-23T08:00:00Z', firstReplyAt: '2026-11-23T09:00:00Z', status: 'solved' });
    expect(await emailQueue(at('2026-11-23T09:59:00Z'))).toBe(3600);
  });
});
