import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DocsFile, Manifest, type ArticleListing } from '../../server/contract/published';
import type { SerializedIndex } from '../../widget/search/types';

/** One locale as the publish step wrote it: the listings (`articles[id]`) and the search index. */
export interface PublishedLocale {
  locale: string;
  articles: ArticleListing[];
  index: SerializedIndex;
}

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'));

/**
 * Reads a publish step's output folder back through the shared contract, the way the widget
 * does: manifest.json, then per locale its docs file and index file.
 *
 * @example const locales = await readPublished('/tmp/eval-out');
 */
export async function readPublished(outDir: string): Promise<PublishedLocale[]> {
  const manifest = Manifest.parse(await readJson(join(outDir, 'manifest.json')));
  return Promise.all(
    Object.entries(manifest.locales).map(async ([locale, entry]) => ({
      locale,
      articles: DocsFile.parse(await readJson(join(outDir, entry.docs))).articles,
      index: (await readJson(join(outDir, entry.index))) as SerializedIndex,
    })),
  );
}
