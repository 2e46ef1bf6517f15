/**
 * A small seeded generator (mulberry32): the same seed gives the same corpus on every machine,
 * so two bench runs measure the same articles.
 *
 * @example const random = seededRandom(42); random.pick(['a', 'b']); random.int(1, 6);
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** A whole number from `min` to `max`, both included. */
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** `count` different items, in random order. */
  const sample = <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, count);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, int, pick, sample, shuffle };
}
export type SeededRandom = ReturnType<typeof seededRandom>;
