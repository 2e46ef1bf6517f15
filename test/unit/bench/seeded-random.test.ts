import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/bench/seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect(Array.from({ length: 5 }, a.next)).toEqual(Array.from({ length: 5 }, b.next));
  });

  it('gives a different sequence for another seed', () => {
    expect(seededRandom(1).next()).not.toBe(seededRandom(2).next());
  });

  it('keeps whole numbers within both bounds', () => {
    const random = seededRandom(3);
    const values = new Set(Array.from({ length: 500 }, () => random.int(1, 3)));
    expect([...values].sort()).toEqual([1, 2, 3]);
  });

  it('samples different items', () => {
    const picked = seededRandom(4).sample(['a', 'b', 'c', 'd', 'e'], 4);
    expect(new Set(picked).size).toBe(4);
  });
});
