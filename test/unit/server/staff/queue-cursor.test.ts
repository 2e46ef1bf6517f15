import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../../server/staff/queue-cursor';

describe('queue cursor', () => {
  it('gives back the key it was made from', () => {
    const key = { urgent: true, waitingSince: '2026-11-23T10:00:00.000Z', createdAt: '2026-11-23T09:00:00.000Z', reference: 'K7F-93QD' };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('refuses anything it did not make', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of ['', 'not a cursor', forged([2, 'a', 'b', 'c']), forged([1, 'a', 'b']), forged({ urgent: 1 }), forged([0, 1, 'b', 'c'])]) {
      expect(decodeCursor(cursor)).toBeUndefined();
    }
  });
});
