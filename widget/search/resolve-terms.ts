import type { QueryTerm } from './analyser';
import type { Substitute } from './vocabulary';

/** The index keys one query word is looked up by, each with how much a match counts. */
export type ResolvedTerm = Substitute[];

/**
 * Turns query words into index keys: the word as typed and its stem when any index knows them,
 * else the vocabulary's stand-ins (shorter prefix, near spellings).
 */
export function resolveTerms(
  terms: QueryTerm[],
  has: (key: string) => boolean,
  substitutes: (word: string) => Substitute[],
): ResolvedTerm[] {
  return terms.map((term) => {
    const known = [...new Set([term.word, term.stem])].filter(has).map((key) => ({ key, factor: 1 }));
    return known.length > 0 ? known : substitutes(term.word);
  });
}
