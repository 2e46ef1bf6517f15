import { describe, expect, it } from 'vitest';
import { halfQuery, rankOf, summarise } from '../../../test/eval/metrics';

describe('rankOf', () => {
  it('gives the 1-based position of the expected result', () => {
    expect(rankOf([4, 7, 9], 9)).toBe(3);
  });

  it('gives null when the expected result is missing', () => {
    expect(rankOf([4, 7, 9], 1)).toBeNull();
  });

  it('ignores results past the tenth', () => {
    const results = Array.from({ length: 12 }, (_, i) => i);
    expect(rankOf(results, 9)).toBe(10);
    expect(rankOf(results, 10)).toBeNull();
  });
});

describe('summarise', () => {
  it('counts hits in the top one and top three as shares of all queries', () => {
    const metrics = summarise([1, 2, 3, 4, null]);
    expect(metrics.hit1).toBeCloseTo(1 / 5);
    expect(metrics.hit3).toBeCloseTo(3 / 5);
  });

  it('averages reciprocal ranks with a miss counting as zero', () => {
    expect(summarise([1, 2, null, 4]).mrr).toBeCloseTo((1 + 1 / 2 + 0 + 1 / 4) / 4);
  });

  it('gives zeros for no queries rather than NaN', () => {
    expect(summarise([])).toEqual({ hit1: 0, hit3: 0, mrr: 0 });
  });
});

describe('halfQuery', () => {
  it('keeps the first half of the characters, rounding up', () => {
    expect(halfQuery('abcde')).toBe('abc');
    expect(halfQuery('abcd')).toBe('ab');
  });

  it('trims a space left at the cut', () => {
    expect(halfQuery('ftp login')).toBe('ftp l');
    expect(halfQuery('smtp port')).toBe('smtp');
  });

  it('counts characters outside the BMP as one', () => {
    expect(halfQuery('😀😀ab')).toBe('😀😀');
  });
});
