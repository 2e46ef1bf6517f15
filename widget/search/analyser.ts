import { fold } from './fold';
import { stopWords } from './stop-words';
import { supplementStem } from './stem-supplement';
import type { Stem } from './stemmers';
import { words, type WordSpan } from './words';

/** One word of a query: what was typed (folded) and its stem, and whether it may still grow. */
export interface QueryTerm {
  word: string;
  stem: string;
  /** The last word while the visitor is still typing it: it matches as a prefix only. */
  partial: boolean;
}

export interface Analyser {
  /**
   * Terms to index for a text: each word's folded stem, and the folded word itself unless
   * `stemsOnly` (for long text indexed without prefixes, where the stem is what queries look up).
   */
  indexTerms(text: string, stemsOnly?: boolean): string[];
  /** The meaningful words of a query, stop words dropped (unless nothing else is left). */
  queryTerms(query: string): QueryTerm[];
  /** The folded word and folded stem of one word of article text, for highlighting. */
  forms(word: string): { word: string; stem: string };
}

/**
 * The one place that decides how text becomes search terms, shared by the publish step (which
 * indexes) and the widget (which queries and highlights), so both sides always agree.
 * Stemming runs before folding because the Snowball rules expect the language's own letters.
 *
 * @example
 *   const analyser = createAnalyser('sv', stem);
 *   analyser.indexTerms('Byt lösenordet'); // ['byt', 'losenordet', ...]
 */
export function createAnalyser(locale: string, snowball: Stem): Analyser {
  const stops = stopWords(locale);
  const stem = supplementStem(locale, snowball);
  const forms = (word: string) => {
    const lower = word.toLowerCase();
    return { word: fold(lower), stem: fold(stem(lower)) };
  };

  const indexTerms = (text: string, stemsOnly = false): string[] => {
    const terms = new Set<string>();
    const spans = words(text);
    spans.forEach((span, i) => {
      const { word, stem: stemmed } = forms(span.word);
      if (word.length > 1 && !stops.has(word)) {
        if (!stemsOnly) terms.add(word);
        if (stemmed.length > 1) terms.add(stemmed);
      }
      // "e-mail" and "wi-fi" are also typed as one word: index the joined form too.
      const next = spans[i + 1];
      if (next && text.slice(span.end, next.start) === '-') terms.add(fold(span.word + next.word));
    });
    return [...terms];
  };

  const queryTerms = (query: string): QueryTerm[] => {
    const spans = joinHyphenated(query, words(query));
    const growing = spans.length > 0 && spans[spans.length - 1]!.end === query.length;
    const all = spans.map((span, i) => ({ ...forms(span.word), partial: growing && i === spans.length - 1 }));
    const meaningful = all.filter((term) => !stops.has(term.word) && (term.word.length > 1 || term.partial));
    if (meaningful.length > 0) return meaningful;
    // A query of only stop words ("how do i") keeps its last word, so typing still shows results.
    const last = all[all.length - 1];
    return last ? [last] : [];
  };

  return { indexTerms, queryTerms, forms };
}

/** "e-mail" typed in a query is one term, "email", which the index holds for both spellings. */
function joinHyphenated(text: string, spans: WordSpan[]): WordSpan[] {
  const joined: WordSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && text.slice(previous.end, span.start) === '-') {
      joined[joined.length - 1] = { word: previous.word + span.word, start: previous.start, end: span.end };
    } else {
      joined.push(span);
    }
  }
  return joined;
}
