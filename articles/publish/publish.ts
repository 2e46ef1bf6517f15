import type { Manifest } from '../../server/contract/published';
import { buildOutput, type LocaleSummary } from './build-output';
import { findArticles } from './find-articles';
import { indexLocale } from './index-locale';
import { parseArticle } from './parse-article';
import { compareProblems } from './problem';
import { PublishError } from './publish-error';
import { renderArticle } from './render-article';
import { translationsOf } from './translations';
import { validateArticles } from './validate-articles';
import { writeOutput } from './write-output';

export interface PublishOptions {
  /** The folder holding one folder per locale (`en/`, `sv/`) of `<slug>.md` files. */
  articlesDir: string;
  /** Replaced as a whole by the new build. */
  outDir: string;
  /**
   * The locale of the original articles that translations point to, and that the widget falls
   * back to. Default: "en", or the only locale when there is just one.
   */
  defaultLocale?: string;
  /** The clock for manifest.generated; the only thing that differs between two runs on the same input. */
  now?: () => Date;
}

export interface PublishResult {
  outDir: string;
  manifest: Manifest;
  /** Per locale, in manifest order: article count and index size. */
  locales: LocaleSummary[];
}

/**
 * Compiles the help articles into the files the widget loads, in named stages:
 * find → parse → validate → render → index → write. Throws a `PublishError` listing every
 * problem in every file (and writes nothing) if there is any.
 *
 * @example
 *   const { locales } = await publish({ articlesDir: 'articles', outDir: 'dist/articles' });
 *   for (const { locale, count } of locales) console.log(locale, count);
 */
export async function publish({ articlesDir, outDir, defaultLocale, now = () => new Date() }: PublishOptions): Promise<PublishResult> {
  const found = await findArticles(articlesDir, defaultLocale);
  const parsed = found.files.map(parseArticle);
  const known = new Set(found.files.map(({ locale, slug }) => `${locale}/${slug}`));
  const valid = validateArticles(
    parsed.flatMap(({ article }) => (article ? [article] : [])),
    known,
    found.defaultLocale,
  );
  const problems = [...found.problems, ...parsed.flatMap((result) => result.problems), ...valid.problems];
  if (problems.length > 0) throw new PublishError(problems.sort(compareProblems));

  const rendered = valid.articles.map(renderArticle);
  const locales = [...new Set(rendered.map(({ article }) => article.locale))].sort();
  const indexed = locales.map((locale) => indexLocale(locale, rendered.filter(({ article }) => article.locale === locale)));
  const translations = translationsOf(valid.articles, found.defaultLocale);
  const output = buildOutput(indexed, { defaultLocale: found.defaultLocale, generated: now().toISOString(), translations });
  await writeOutput(outDir, output.files, `${JSON.stringify(output.manifest, null, 2)}\n`);
  return { outDir, manifest: output.manifest, locales: output.summaries };
}
