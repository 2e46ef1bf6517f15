import { Index } from 'flexsearch';
import type { SearchDoc } from '../../../widget/search/types';
import { RESULT_LIMIT, type SearchEngine } from './search-engine';

/**
 * Baseline (a): FlexSearch as a newcomer would use it, default options, every field in one string.
 *
 * @example const flex = createFlexSearchEngine(docs);
 */
export function createFlexSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const index = new Index();
  for (const doc of docs) index.add(doc.id, [doc.title, doc.tags.join(' '), doc.summary, doc.body].join('\n'));
  return {
    name: 'flexsearch',
    search: (query) => (index.search(query, { limit: RESULT_LIMIT }) as number[]).slice(0, RESULT_LIMIT),
  };
}
