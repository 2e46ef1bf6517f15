import { createFlexSearchEngine } from './engines/flexsearch';
import { createMiniSearchEngine } from './engines/minisearch';
import { createOursEngine } from './engines/ours';
import { evaluateLocale, type LocaleResult } from './evaluate-locale';
import type { EvalQuery } from './parse-queries';
import { publishCorpus } from './publish-corpus';
import { readCorpus } from './read-corpus';

export interface EvalReport {
  corpus: string;
  /** Every question in queries.jsonl. */
  total: number;
  /** Only locales that have questions, in the order the corpus first asks them. */
  locales: LocaleResult[];
  /** Questions in a locale the corpus publishes no articles for. */
  unpublished: EvalQuery[];
}

/**
 * The whole eval: publishes the corpus with the real publish step, builds our index loader and
 * both baselines from the same articles, and scores every question on each.
 *
 * @example const report = await runEval('test/eval/starter');
 */
export async function runEval(corpusDir: string): Promise<EvalReport> {
  const corpus = await readCorpus(corpusDir);
  const published = new Map((await publishCorpus(corpus.articlesDir)).map((locale) => [locale.locale, locale]));
  const byLocale = new Map<string, EvalQuery[]>();
  for (const query of corpus.queries) {
    const list = byLocale.get(query.locale) ?? [];
    list.push(query);
    byLocale.set(query.locale, list);
  }
  const report: EvalReport = { corpus: corpusDir, total: corpus.queries.length, locales: [], unpublished: [] };
  for (const [locale, queries] of byLocale) {
    const articles = published.get(locale);
    if (!articles) {
      report.unpublished.push(...queries);
      continue;
    }
    const engines = [await createOursEngine(articles.index), createFlexSearchEngine(articles.docs), createMiniSearchEngine(articles.docs)];
    report.locales.push(evaluateLocale(locale, engines, articles.articles.map((article) => article.slug), queries));
  }
  return report;
}
