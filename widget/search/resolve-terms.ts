import type { QueryTerm } from './analyser';
import type { Substitute } from './vocabulary';

/** The index keys one query word is looked up by, each with how much a match counts. */
export type ResolvedTerm = Substitute[];

export interface Vocabulary {
  has(key: string): boolean;
  substitutes(word: string): Substitute[];
  completions(word: string): Substitute[];
}

// Completing a word of one or two letters would pull in half the vocabulary for no gain.
const MIN_COMPLETED = 3;

/**
 * Turns query words into index keys: the word as typed and its stem when any index knows them,
 * else the vocabulary's stand-ins (shorter prefix, near spellings); a word still being typed also
 * brings the whole words it may become.
 */
export function resolveTerms(terms: QueryTerm[], vocabulary: Vocabulary): ResolvedTerm[] {
  return terms.map((term) => {
    const known = [...new Set([term.word, term.stem])].filter(vocabulary.has).map((key) => ({ key, factor: 1 }));
    const keys = known.length > 0 ? known : vocabulary.substitutes(term.word);
    if (!term.partial || term.word.length < MIN_COMPLETED) return keys;
    const seen = new Set(keys.map((substitute) => substitute.key));
    return [...keys, ...vocabulary.completions(term.word).filter((completion) => !seen.has(completion.key))];
  });
}
