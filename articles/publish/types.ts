import type { Token } from 'markdown-it';
import type { FrontMatter } from './front-matter-schema';

// The shapes handed from one stage to the next: find → parse → validate → render → index → write.

/** A `<locale>/<slug>.md` file as found on disk. `file` is the path to show in problems. */
export interface SourceFile {
  locale: string;
  slug: string;
  file: string;
  text: string;
}

/** A file split into front matter and a markdown body, not yet checked. */
export interface ParsedArticle extends SourceFile {
  /** The front matter as plain data; undefined when its YAML could not be read (already a problem). */
  fields: unknown;
  /** The file line of a front-matter key (or list item) by path; the opening `---` when absent. */
  lineOf(path: readonly PropertyKey[]): number;
  body: string;
  /** File line of the body's first line: token.map lines are counted from here. */
  bodyLine: number;
  tokens: Token[];
}

/** An article that passed every check. */
export interface Article extends ParsedArticle {
  meta: FrontMatter;
}

/** An article rendered for the widget and for the search index. */
export interface RenderedArticle {
  article: Article;
  html: string;
  /** The body as plain text, for the index. */
  text: string;
}
