import type { SearchEngine } from './engines/search-engine';
import { halfQuery, rankOf, summarise, type Metrics } from './metrics';
import type { EvalQuery } from './parse-queries';

/** One engine's figures in one locale: for the whole question, and for its first half as typed. */
export interface EngineMetrics extends Metrics {
  half: Metrics;
}

export interface LocaleResult {
  locale: string;
  /** Questions run through the engines. */
  evaluated: number;
  /** Questions skipped because their expected article is not in this locale. */
  skipped: EvalQuery[];
  /** By engine name, in the order the engines were given. */
  engines: Record<string, EngineMetrics>;
}

/**
 * Runs a locale's questions through every engine and scores where each put the expected
 * article. `slugs[id]` is the slug of the article with that id.
 *
 * @example evaluateLocale('en', [ours, flex], slugs, queries).engines.ours.hit1;
 */
export function evaluateLocale(locale: string, engines: readonly SearchEngine[], slugs: readonly string[], queries: readonly EvalQuery[]): LocaleResult {
  const idOf = new Map(slugs.map((slug, id) => [slug, id]));
  const known = queries.filter((query) => idOf.has(query.expected));
  const result: LocaleResult = {
    locale,
    evaluated: known.length,
    skipped: queries.filter((query) => !idOf.has(query.expected)),
    engines: {},
  };
  for (const engine of engines) {
    const ranks = (text: (query: EvalQuery) => string) => known.map((query) => rankOf(engine.search(text(query)), idOf.get(query.expected)!));
    result.engines[engine.name] = { ...summarise(ranks((query) => query.query)), half: summarise(ranks((query) => halfQuery(query.query))) };
  }
  return result;
}
