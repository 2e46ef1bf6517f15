import type { Index } from 'flexsearch';
import type { ResolvedTerm } from './resolve-terms';
import type { SearchHit } from './types';

export interface WeightedIndex {
  index: Index;
  weight: number;
  /** Whether the index holds every prefix of its terms (`forward`) or whole terms only. */
  prefixes: boolean;
}

// A word found in a second field (title and body, say) adds this share of that field's weight.
const OTHER_FIELDS_SHARE = 0.3;
// Within one field, FlexSearch lists earlier occurrences first; the last listed keeps this share.
const LATEST_POSITION_SHARE = 0.75;

/**
 * Ranks documents for resolved query words. Each word scores a document by the best field it
 * occurs in (title > tags > summary > body), plus a little for every other field, scaled by how
 * rare the word is (a word in every article says little). Documents matching more of the words
 * rank first, so a visitor's long question still brings the article that covers all of it.
 */
export function score(fields: WeightedIndex[], resolved: ResolvedTerm[], count: number, limit: number): SearchHit[] {
  const totals = new Map<number, { score: number; matched: number }>();
  for (const keys of resolved) {
    const termScores = new Map<number, { best: number; sum: number }>();
    for (const { key, factor } of keys) {
      for (const field of fields) {
        const ids = field.index.search(key, { limit: count }) as number[];
        ids.forEach((id, rank) => {
          const value = field.weight * factor * (1 - (1 - LATEST_POSITION_SHARE) * (rank / ids.length));
          const entry = termScores.get(id) ?? { best: 0, sum: 0 };
          entry.best = Math.max(entry.best, value);
          entry.sum += value;
          termScores.set(id, entry);
        });
      }
    }
    const rarity = 1 + Math.log(count / Math.max(1, termScores.size));
    for (const [id, { best, sum }] of termScores) {
      const total = totals.get(id) ?? { score: 0, matched: 0 };
      total.score += (best + OTHER_FIELDS_SHARE * (sum - best)) * rarity;
      total.matched += 1;
      totals.set(id, total);
    }
  }
  const words = Math.max(1, resolved.length);
  return [...totals]
    .map(([id, { score: raw, matched }]) => ({ id, score: raw * (matched / words) ** 2 }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
}
