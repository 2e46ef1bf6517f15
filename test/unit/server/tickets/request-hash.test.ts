import { describe, expect, it } from 'vitest';
import { requestHash } from '../../../../server/tickets/request-hash';

describe('requestHash', () => {
  it('gives equal bodies the same hash whatever their key order', () => {
    expect(requestHash({ b: 1, a: { y: [1, { q: 2, p: 1 }], x: 'z' } })).toBe(requestHash({ a: { x: 'z', y: [1, { p: 1, q: 2 }] }, b: 1 }));
  });

  it('tells apart bodies that differ in a value, in array order or in a field present only in one', () => {
    const base = requestHash({ a: [1, 2], b: 'x' });
    expect(requestHash({ a: [2, 1], b: 'x' })).not.toBe(base);
    expect(requestHash({ a: [1, 2], b: 'y' })).not.toBe(base);
    expect(requestHash({ a: [1, 2], b: 'x', c: null })).not.toBe(base);
  });

  it('ignores fields left undefined, as JSON does', () => {
    expect(requestHash({ a: 1, b: undefined })).toBe(requestHash({ a: 1 }));
  });
});
