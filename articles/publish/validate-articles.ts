import { checkBody } from './check-body';
import { checkTranslations } from './check-translations';
import type { Problem } from './problem';
import type { Article, ParsedArticle } from './types';
import { validateFrontMatter } from './validate-front-matter';

/**
 * The validate stage: front matter against the schema, each body on its own, then the links
 * between articles. Every problem in every file is collected; none stops the others.
 * `known` holds the `locale/slug` of every article file found, readable or not, so one broken
 * file does not also make every link to it a problem.
 *
 * @example const { articles, problems } = validateArticles(parsed, new Set(['en/pay-invoice']), 'en');
 */
export function validateArticles(
  parsed: ParsedArticle[],
  known: ReadonlySet<string>,
  defaultLocale: string,
): { articles: Article[]; problems: Problem[] } {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const article of parsed) {
    const { meta, problems: fieldProblems } = validateFrontMatter(article);
    problems.push(...fieldProblems, ...checkBody(article, known));
    if (meta) articles.push({ ...article, meta });
  }
  problems.push(...checkTranslations(articles, known, defaultLocale));
  return { articles, problems };
}
