import { describe, expect, it } from 'vitest';
import { compareQueue, isEscalated, waitingSince, type QueueKey } from '../../../../server/staff/queue-order';

const key = (overrides: Partial<QueueKey>): QueueKey => ({ urgent: false, waitingSince: '2026-11-23T10:00:00.000Z', createdAt: '2026-11-23T10:00:00.000Z', reference: 'AAA-2222', ...overrides });
const message = (seq: number, author: 'visitor' | 'staff', createdAt: string, internal = false) => ({ seq, author, createdAt, internal });

describe('isEscalated', () => {
  it('marks a ticket once the customer has written more than three times without a reply', () => {
    expect([0, 1, 2, 3, 4, 9].map(isEscalated)).toEqual([false, false, false, false, true, true]);
  });
});

describe('compareQueue', () => {
  it('puts urgent tickets first, however recent', () => {
    const calm = key({ reference: 'CAL-2222', waitingSince: '2026-11-20T08:00:00.000Z' });
    const urgent = key({ reference: 'URG-2222', urgent: true, waitingSince: '2026-11-23T12:00:00.000Z' });
    expect([calm, urgent].sort(compareQueue).map((item) => item.reference)).toEqual(['URG-2222', 'CAL-2222']);
  });

  it('serves the longest-waiting first within the same urgency', () => {
    const later = key({ reference: 'LAT-2222', waitingSince: '2026-11-23T11:00:00.000Z' });
    const earlier = key({ reference: 'EAR-2222', waitingSince: '2026-11-23T09:00:00.000Z', createdAt: '2026-11-23T12:00:00.000Z' });
    expect([later, earlier].sort(compareQueue).map((item) => item.reference)).toEqual(['EAR-2222', 'LAT-2222']);
  });

  it('breaks ties by creation, then by reference, so the order is total', () => {
    const a = key({ reference: 'BBB-2222', createdAt: '2026-11-23T09:00:00.000Z' });
    const b = key({ reference: 'AAA-2222', createdAt: '2026-11-23T09:30:00.000Z' });
    const c = key({ reference: 'CCC-2222', createdAt: '2026-11-23T09:30:00.000Z' });
    expect([c, b, a].sort(compareQueue).map((item) => item.reference)).toEqual(['BBB-2222', 'AAA-2222', 'CCC-2222']);
    expect(compareQueue(a, a)).toBe(0);
  });
});

describe('waitingSince', () => {
  const ticket = { createdAt: '2026-11-23T08:00:00.000Z', lastStaffAt: null };

  it('is the first message of a ticket nobody has answered', () => {
    expect(waitingSince(ticket, [message(1, 'visitor', '2026-11-23T08:00:00.000Z'), message(2, 'visitor', '2026-11-23T09:00:00.000Z')])).toBe('2026-11-23T08:00:00.000Z');
  });

  it('is the oldest customer message after the last reply', () => {
    const messages = [message(1, 'visitor', '2026-11-23T08:00:00.000Z'), message(2, 'staff', '2026-11-23T09:00:00.000Z'), message(3, 'visitor', '2026-11-23T10:00:00.000Z'), message(4, 'visitor', '2026-11-23T11:00:00.000Z')];
    expect(waitingSince({ ...ticket, lastStaffAt: '2026-11-23T09:00:00.000Z' }, messages)).toBe('2026-11-23T10:00:00.000Z');
  });

  it('does not count an internal note as a reply', () => {
    const messages = [message(1, 'visitor', '2026-11-23T08:00:00.000Z'), message(2, 'staff', '2026-11-23T09:00:00.000Z', true)];
    expect(waitingSince(ticket, messages)).toBe('2026-11-23T08:00:00.000Z');
  });

  it('is the last reply when staff set an answered ticket open again', () => {
    const messages = [message(1, 'visitor', '2026-11-23T08:00:00.000Z'), message(2, 'staff', '2026-11-23T09:00:00.000Z')];
    expect(waitingSince({ ...ticket, lastStaffAt: '2026-11-23T09:00:00.000Z' }, messages)).toBe('2026-11-23T09:00:00.000Z');
  });
});
