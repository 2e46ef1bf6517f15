import { createAnalyser } from './analyser';
import { createFieldIndex, FIELDS } from './fields';
import { INDEX_FORMAT, type IndexData } from './serialized';
import { stemmerFor } from './stemmer-table';
import type { SearchDoc, SerializedIndex } from './types';

/**
 * Builds one locale's search index at publish time, ready to write as JSON and `loadIndex` in the
 * browser. `docs[i].id` must be `i`: the widget maps hits back to its article list by position.
 *
 * @example
 *   const data = buildIndex('sv', [{ id: 0, title: 'Byt lösenord', tags: [], summary: '', body: '' }]);
 *   const search = await loadIndex(data);
 */
export function buildIndex(locale: string, docs: SearchDoc[]): SerializedIndex {
  const analyser = createAnalyser(locale, stemmerFor(locale));
  const fields = {} as IndexData['fields'];
  for (const field of FIELDS) {
    const stemsOnly = field.tokenize === 'strict';
    const index = createFieldIndex(field.tokenize, (text) => analyser.indexTerms(text, stemsOnly));
    docs.forEach((doc, position) => {
      if (doc.id !== position) throw new Error(`buildIndex: doc at position ${position} has id ${doc.id}`);
      index.add(doc.id, field.text(doc));
    });
    const exported: Record<string, unknown> = {};
    // Kept as JSON values, not the strings FlexSearch hands out: strings nested in the JSON file
    // would escape every quote, and import() takes either.
    index.export((key: string, data: string) => {
      exported[key] = JSON.parse(data);
    });
    fields[field.name] = exported;
  }
  const data: IndexData = { v: INDEX_FORMAT, locale, count: docs.length, fields };
  return data as unknown as SerializedIndex;
}
