/**
 * What the eval asks of every engine, ours and the baselines alike: the ids (positions in the
 * locale's docs file) of the best matches for a query, best first.
 *
 * @example const ids = engine.search('smtp port'); // [3, 0, 7]
 */
export interface SearchEngine {
  readonly name: string;
  search(query: string): number[];
}

/** How many results each engine returns; the metrics look at no more than this. */
export const RESULT_LIMIT = 10;
