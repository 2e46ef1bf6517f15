import { loadIndex } from '../../../widget/search/load-index';
import type { SerializedIndex } from '../../../widget/search/types';
import { RESULT_LIMIT, type SearchEngine } from './search-engine';

/**
 * The widget's own search, loaded from the index file the publish step wrote, exactly as the
 * browser loads it.
 *
 * @example const ours = await createOursEngine(JSON.parse(indexFileText));
 */
export async function createOursEngine(index: SerializedIndex): Promise<SearchEngine> {
  const search = await loadIndex(index);
  return {
    name: 'ours',
    search: (query) => search.search(query, RESULT_LIMIT).map((hit) => hit.id),
  };
}
