import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish } from '../../articles/publish/publish';
import { PublishError } from '../../articles/publish/publish-error';
import type { SearchDoc } from '../../widget/search/types';
import { baselineDocs } from './baseline-docs';
import { readPublished, type PublishedLocale } from './read-published';
import { UsageError } from './usage-error';

/** A published locale plus its articles as the baselines index them (`docs[i].id === i`). */
export interface CorpusLocale extends PublishedLocale {
  docs: SearchDoc[];
}

/**
 * Compiles a corpus's articles with the real publish step into a temporary folder, reads the
 * result back and removes the folder: the eval measures what visitors would get. Articles the
 * publish step rejects throw a UsageError listing its problems.
 *
 * @example const locales = await publishCorpus('test/eval/starter/articles');
 */
export async function publishCorpus(articlesDir: string): Promise<CorpusLocale[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'support-eval-'));
  try {
    await publish({ articlesDir, outDir }).catch((error: unknown) => {
      // Articles the publish step refuses make the corpus unusable, like a wrong path does.
      throw error instanceof PublishError ? new UsageError(`the corpus's articles do not publish: ${error.message}`) : error;
    });
    const published = await readPublished(outDir);
    return await Promise.all(published.map(async (locale) => ({ ...locale, docs: await baselineDocs(articlesDir, locale.locale, locale.articles) })));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
