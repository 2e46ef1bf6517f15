/** Reduces a lower-cased word to its stem ("passwords" → "password"); identity where we have none. */
export type Stem = (word: string) => string;

export const noStem: Stem = (word) => word;

/**
 * Loads the Snowball stemmer for a locale's language, on demand, so a visitor downloads only
 * their own language's rules (about 1-2 KB gzip).
 *
 * @example
 *   const stem = await loadStemmer('sv');
 *   stem('inställningar'); // 'inställning'
 */
export async function loadStemmer(locale: string): Promise<Stem> {
  switch (locale.slice(0, 2)) {
    case 'en':
      return (await import('@orama/stemmers/english')).stemmer;
    case 'sv':
      return (await import('@orama/stemmers/swedish')).stemmer;
    case 'nl':
      return (await import('@orama/stemmers/dutch')).stemmer;
    case 'da':
      return (await import('@orama/stemmers/danish')).stemmer;
    default:
      return noStem;
  }
}
