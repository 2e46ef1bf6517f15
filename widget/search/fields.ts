import { Index } from 'flexsearch';
import type { SearchDoc } from './types';

/** The fields searched, and how much a match in each counts: title > tags > summary > body. */
export const FIELDS = [
  { name: 'title', weight: 8, tokenize: 'forward', text: (doc: SearchDoc) => doc.title },
  { name: 'tags', weight: 5, tokenize: 'forward', text: (doc: SearchDoc) => doc.tags.join(' ; ') },
  { name: 'summary', weight: 3, tokenize: 'forward', text: (doc: SearchDoc) => doc.summary },
  // Whole terms only: storing every prefix of every body word would triple the download, and a
  // word still being typed is already matched as a prefix against title, tags and summary.
  { name: 'body', weight: 1, tokenize: 'strict', text: (doc: SearchDoc) => doc.body },
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

/**
 * One flat FlexSearch index per field. FlexSearch does not keep its options in an export, so the
 * publish step and the widget both create indexes here. `forward` tokenising stores every prefix
 * of every term, which is what makes "pass" find "password" on each keystroke. The widget never
 * adds documents: it looks up terms the analyser already produced, hence the identity encoder.
 *
 * @example
 *   const index = createFieldIndex('forward', (text) => analyser.indexTerms(text)); // publish step
 *   const index = createFieldIndex('forward');                            // widget, then import()
 */
export function createFieldIndex(
  tokenize: 'forward' | 'strict',
  encode: (text: string) => string[] = (term) => [term],
): Index {
  return new Index({ tokenize, encode, resolution: tokenize === 'strict' ? 1 : 5 });
}
