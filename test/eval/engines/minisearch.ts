import MiniSearch from 'minisearch';
import type { SearchDoc } from '../../../widget/search/types';
import { RESULT_LIMIT, type SearchEngine } from './search-engine';

interface Fields {
  id: number;
  title: string;
  tags: string;
  summary: string;
  body: string;
}

/**
 * Baseline (b): MiniSearch with its commonly recommended search-as-you-type options (prefix,
 * fuzzy 0.2, title boosted twice).
 *
 * @example const mini = createMiniSearchEngine(docs);
 */
export function createMiniSearchEngine(docs: readonly SearchDoc[]): SearchEngine {
  const index = new MiniSearch<Fields>({
    fields: ['title', 'tags', 'summary', 'body'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
  });
  index.addAll(docs.map((doc) => ({ id: doc.id, title: doc.title, tags: doc.tags.join(' '), summary: doc.summary, body: doc.body })));
  return {
    name: 'minisearch',
    search: (query) => index.search(query).slice(0, RESULT_LIMIT).map((result) => result.id as number),
  };
}
