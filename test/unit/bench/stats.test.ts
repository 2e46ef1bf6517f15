import { describe, expect, it } from 'vitest';
import { percentile, summariseTimes } from '../../../test/bench/stats';

describe('percentile', () => {
  it('interpolates between the two nearest ranks', () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
  });

  it('does not depend on the order of the values', () => {
    expect(percentile([4, 1, 3, 2], 25)).toBe(percentile([1, 2, 3, 4], 25));
  });

  it('gives the extremes at 0 and 100', () => {
    expect(percentile([5, 9, 7], 0)).toBe(5);
    expect(percentile([5, 9, 7], 100)).toBe(9);
  });

  it('gives NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summariseTimes', () => {
  it('reports the count, median and 95th percentile', () => {
    expect(summariseTimes([12, 15, 14])).toEqual({ count: 3, median: 14, p95: expect.closeTo(14.9) });
  });
});
