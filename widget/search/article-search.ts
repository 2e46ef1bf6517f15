import type { Analyser } from './analyser';
import { highlightText } from './highlight';
import { resolveTerms, type ResolvedTerm } from './resolve-terms';
import { score, type WeightedIndex } from './score';
import type { ArticleSearch } from './types';
import { createVocabulary } from './vocabulary';

const RECENT_QUERIES = 32;

/** The internal map every FlexSearch Index keeps from term to postings (a public field in 0.8). */
type WithMap = { map: Map<string, unknown> };

/**
 * Search and highlighting over loaded field indexes. The latest queries' resolved keys are kept,
 * so highlighting the suggestions of a keystroke costs no second look-up.
 */
export function createArticleSearch(locale: string, count: number, analyser: Analyser, fields: WeightedIndex[]): ArticleSearch {
  const maps = fields.map((field) => (field.index as unknown as WithMap).map);
  const wholeTermMaps = fields.filter((field) => !field.prefixes).map((field) => (field.index as unknown as WithMap).map);
  const has = (key: string) => maps.some((map) => map.has(key));
  const vocabulary = {
    has,
    ...createVocabulary(
      function* () {
        const seen = new Set<string>();
        for (const map of maps) for (const key of map.keys()) if (!seen.has(key)) (seen.add(key), yield key);
      },
      has,
      function* () {
        for (const map of wholeTermMaps) yield* map.keys();
      },
    ),
  };
  const recent = new Map<string, ResolvedTerm[]>();

  const resolve = (query: string): ResolvedTerm[] => {
    let resolved = recent.get(query);
    if (!resolved) {
      resolved = resolveTerms(analyser.queryTerms(query), vocabulary);
      if (recent.size >= RECENT_QUERIES) recent.delete(recent.keys().next().value!);
      recent.set(query, resolved);
    }
    return resolved;
  };

  return {
    locale,
    search: (query, limit = 10) => score(fields, resolve(query), count, limit),
    highlight: (text, query) => highlightText(text, resolve(query).flat().map((term) => term.key), analyser),
  };
}
