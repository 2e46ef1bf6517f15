/**
 * The search module's public shapes. The publish step builds and serialises an index with
 * `buildIndex`; the widget (and the eval and bench commands) load it with `loadIndex` and query
 * it with `search`. Both sides run the same code with the same config, because FlexSearch does
 * not store its config in an export.
 */

/** What the index sees of one article. `id` is the article's position in docs.<hash>.json. */
export interface SearchDoc {
  id: number;
  title: string;
  tags: string[];
  summary: string;
  /** Plain text of the body (markdown rendered and stripped of markup). */
  body: string;
}

/** JSON-serialisable index data, opaque outside widget/search. */
export type SerializedIndex = { v: number; locale: string; [key: string]: unknown };

export interface SearchHit {
  id: number;
  score: number;
}

export interface ArticleSearch {
  readonly locale: string;
  /** Best matches first. Safe on every keystroke: partial last words match as prefixes. */
  search(query: string, limit?: number): SearchHit[];
  /** Splits `text` into pieces, marking the words this query matches (same folding and stemming as search). */
  highlight(text: string, query: string): Highlighted[];
}

/** A piece of text split for display: `match` pieces are the parts the query matched. */
export interface Highlighted {
  text: string;
  match: boolean;
}
