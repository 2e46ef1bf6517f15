import type { FieldName } from './fields';

/** Bump when the analyser or the index layout changes: an old index then fails loudly, not subtly. */
export const INDEX_FORMAT = 1;

/** What `buildIndex` writes: each field's FlexSearch export, as the key/data pairs it produced. */
export interface IndexData {
  v: typeof INDEX_FORMAT;
  locale: string;
  count: number;
  fields: Record<FieldName, Record<string, unknown>>;
}
