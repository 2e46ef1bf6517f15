import type { Stem } from './stemmers';

// Snowball's Swedish rules leave the definite singular of neuter nouns alone ("lösenordet",
// "kontot" stay as they are), yet visitors type exactly those forms. Remove "-et" (and "-t" after
// a vowel + "t" would over-reach, so not that) from words long enough not to lose their root.
const SWEDISH_DEFINITE = /^(.{4,}[^aeiouyåäö])et$/;

/**
 * Wraps a language's Snowball stemmer with the few rules it misses for how people search.
 *
 * @example
 *   supplementStem('sv', swedish)('lösenordet'); // 'lösenord'
 */
export function supplementStem(locale: string, stem: Stem): Stem {
  if (locale.slice(0, 2) === 'sv') {
    return (word) => stem(word.replace(SWEDISH_DEFINITE, '$1'));
  }
  return stem;
}
