import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleListing } from '../../server/contract/published';
import { markdown } from '../../articles/publish/markdown';
import { plainText } from '../../articles/publish/plain-text';
import { splitFrontMatter } from '../../articles/publish/split-front-matter';
import type { SearchDoc } from '../../widget/search/types';

/**
 * The articles as the baselines index them: the published title, tags and summary, and the body
 * turned into plain text by the publish step's own helper, so every engine sees the same words.
 * Reads each body from `<articlesDir>/<locale>/<slug>.md`.
 *
 * @example const docs = await baselineDocs('test/eval/starter/articles', 'en', listings);
 */
export function baselineDocs(articlesDir: string, locale: string, articles: readonly ArticleListing[]): Promise<SearchDoc[]> {
  return Promise.all(
    articles.map(async (article, position): Promise<SearchDoc> => {
      if (article.id !== position) throw new Error(`${locale}: article "${article.slug}" has id ${article.id} at position ${position}`);
      const split = splitFrontMatter(await readFile(join(articlesDir, locale, `${article.slug}.md`), 'utf8'));
      const body = split.ok ? plainText(markdown.parse(split.body, {})) : '';
      return { id: article.id, title: article.title, tags: article.tags, summary: article.summary, body };
    }),
  );
}
