import { markdown } from './markdown';
import type { Problem } from './problem';
import { readFrontMatter } from './read-front-matter';
import { splitFrontMatter } from './split-front-matter';
import type { ParsedArticle, SourceFile } from './types';

/**
 * The parse stage for one file: front matter read as YAML, body parsed as markdown. Nothing is
 * judged here beyond what cannot be read at all.
 *
 * @example const { article, problems } = parseArticle({ locale: 'en', slug: 'a', file: 'articles/en/a.md', text });
 */
export function parseArticle(source: SourceFile): { article?: ParsedArticle; problems: Problem[] } {
  const split = splitFrontMatter(source.text);
  if (!split.ok) return { problems: [{ file: source.file, line: 1, message: split.message }] };
  const { fields, lineOf, errors } = readFrontMatter(split.yaml, split.yamlLine);
  const tokens = markdown.parse(split.body, {});
  return {
    article: { ...source, fields, lineOf, body: split.body, bodyLine: split.bodyLine, tokens },
    problems: errors.map(({ line, message }) => ({ file: source.file, line, message })),
  };
}
