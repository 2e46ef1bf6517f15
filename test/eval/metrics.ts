/** hit@1, hit@3 and MRR@10 over a set of queries, each a share between 0 and 1. */
export interface Metrics {
  hit1: number;
  hit3: number;
  mrr: number;
}

/** How deep a result list counts: ranks past this score nothing. */
export const DEPTH = 10;

/**
 * 1-based position of `expected` in `results` within the first DEPTH, or null when it is not there.
 *
 * @example rankOf(['a', 'b', 'c'], 'b'); // 2
 */
export function rankOf<T>(results: readonly T[], expected: T): number | null {
  const index = results.slice(0, DEPTH).indexOf(expected);
  return index < 0 ? null : index + 1;
}

/**
 * Turns each query's rank (null: not found) into shares: hit@k is the share of queries whose
 * answer is in the top k; MRR is the mean of 1/rank, counting a miss as 0. No queries gives zeros.
 *
 * @example summarise([1, 3, null]); // { hit1: 0.333…, hit3: 0.666…, mrr: 0.444… }
 */
export function summarise(ranks: readonly (number | null)[]): Metrics {
  if (ranks.length === 0) return { hit1: 0, hit3: 0, mrr: 0 };
  const share = (count: number) => count / ranks.length;
  const found = ranks.filter((rank): rank is number => rank !== null && rank <= DEPTH);
  return {
    hit1: share(found.filter((rank) => rank === 1).length),
    hit3: share(found.filter((rank) => rank <= 3).length),
    mrr: found.reduce((sum, rank) => sum + 1 / rank, 0) / ranks.length,
  };
}

/**
 * The query as a visitor has typed it halfway: its first ceil(length/2) characters, trimmed.
 * Counts code points, so a half never splits an emoji or a character outside the BMP.
 *
 * @example halfQuery('reset password'); // 'reset p'
 */
export function halfQuery(query: string): string {
  const chars = Array.from(query);
  return chars.slice(0, Math.ceil(chars.length / 2)).join('').trim();
}
