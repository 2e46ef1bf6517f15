import { editDistance } from './edit-distance';

const MAX_COMPLETIONS = 12;

/** A term the index knows, standing in for a query word it does not, and how much it counts. */
export interface Substitute {
  key: string;
  factor: number;
}

/**
 * Finds stand-ins for a query word that no index holds: a shorter known prefix, for inflections
 * the stemmer does not remove ("lösenordet" → "losenord"), and known terms one or two edits away,
 * for slips ("pasword" → "password"). Keys are bucketed by first letter on first use; a typo in the
 * first letter is rare and checking every key on each keystroke would cost too much.
 *
 * @example
 *   const vocabulary = createVocabulary(() => index.map.keys(), (key) => index.map.has(key), () => body.map.keys());
 *   vocabulary.substitutes('pasword'); // [{ key: 'password', factor: 0.6 }, ...]
 */
export function createVocabulary(allKeys: () => Iterable<string>, has: (key: string) => boolean, wholeTerms: () => Iterable<string>) {
  let byFirstLetter: Map<string, string[]> | undefined;
  let sortedWhole: string[] | undefined;
  const buckets = () => {
    if (!byFirstLetter) {
      byFirstLetter = new Map();
      for (const key of allKeys()) {
        const bucket = byFirstLetter.get(key[0]!) ?? [];
        bucket.push(key);
        byFirstLetter.set(key[0]!, bucket);
      }
    }
    return byFirstLetter;
  };

  const shorterPrefix = (word: string): Substitute[] => {
    const shortest = Math.max(4, Math.ceil(word.length * 0.6));
    for (let length = word.length - 1; length >= shortest; length--) {
      const prefix = word.slice(0, length);
      if (has(prefix)) return [{ key: prefix, factor: 0.8 * (length / word.length) }];
    }
    return [];
  };

  const nearby = (word: string): Substitute[] => {
    if (word.length < 4) return [];
    const max = word.length >= 8 ? 2 : 1;
    const found: Substitute[] = [];
    for (const key of buckets().get(word[0]!) ?? []) {
      if (Math.abs(key.length - word.length) > max) continue;
      const distance = editDistance(word, key, max);
      if (distance <= max) found.push({ key, factor: distance === 1 ? 0.6 : 0.4 });
    }
    return found.sort((a, b) => b.factor - a.factor).slice(0, 8);
  };

  const completions = (word: string): Substitute[] => {
    sortedWhole ??= [...wholeTerms()].sort();
    let low = 0;
    let high = sortedWhole.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sortedWhole[middle]! < word) low = middle + 1;
      else high = middle;
    }
    const found: Substitute[] = [];
    for (let i = low; i < sortedWhole.length && found.length < MAX_COMPLETIONS && sortedWhole[i]!.startsWith(word); i++) {
      if (sortedWhole[i] !== word) found.push({ key: sortedWhole[i]!, factor: 0.8 });
    }
    return found;
  };

  return {
    /**
     * Whole terms (of the fields indexed without prefixes) that a word still being typed may
     * become: "arbejd" → "arbejdsmail". Prefix fields already match it; this reaches the body.
     */
    completions,
    /** Stand-ins for a word no index holds; empty when there is nothing close. */
    substitutes(word: string): Substitute[] {
      return [...shorterPrefix(word), ...nearby(word)];
    },
  };
}
