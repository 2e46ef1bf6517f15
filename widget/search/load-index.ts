import { createAnalyser } from './analyser';
import { createFieldIndex, FIELDS } from './fields';
import { createArticleSearch } from './article-search';
import { importIndex } from './import-index';
import { INDEX_FORMAT, type IndexData } from './serialized';
import { loadStemmer } from './stemmers';
import type { ArticleSearch, SerializedIndex } from './types';

/**
 * Loads an index written by the publish step, with the stemmer for its language.
 * Rejects when the data comes from another index format (a stale cached build).
 *
 * @example
 *   const search = await loadIndex(await (await fetch(indexUrl)).json());
 *   search.search('pass'); // [{ id: 3, score: 41.2 }, ...]
 */
export async function loadIndex(serialized: SerializedIndex): Promise<ArticleSearch> {
  const data = serialized as unknown as IndexData;
  if (data.v !== INDEX_FORMAT || typeof data.fields !== 'object') {
    throw new Error(`search index format ${String(data.v)} is not ${INDEX_FORMAT}: publish the articles again`);
  }
  const analyser = createAnalyser(data.locale, await loadStemmer(data.locale));
  const fields = FIELDS.map((field) => {
    const index = createFieldIndex(field.tokenize);
    importIndex(index, data.fields[field.name] ?? {});
    return { index, weight: field.weight, prefixes: field.tokenize === 'forward' };
  });
  return createArticleSearch(data.locale, data.count, analyser, fields);
}
