import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Manifest } from '../../server/contract/published';
import { gzipSize } from './gzip-size';

export interface IndexSize {
  locale: string;
  articles: number;
  /** gzip bytes of the locale's index file. */
  indexGzip: number;
  /** gzip bytes of its docs (listing) file, the other half of what a search needs. */
  docsGzip: number;
}

interface ViteChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const fileGzip = async (path: string) => gzipSize(await readFile(path));

/**
 * gzip bytes of widget.js, the script every page of a customer's site loads.
 *
 * @example await loaderSize('dist/widget');
 */
export function loaderSize(widgetDir: string): Promise<number> {
  return fileGzip(join(widgetDir, 'widget.js'));
}

/**
 * The app entry chunk, its static imports (transitively) and their CSS, from the Vite manifest:
 * the code a browser must fetch after widget.js before the panel can show. A cross-check on
 * what the browser was seen to fetch.
 *
 * @example await appStaticFiles('dist/widget'); // [{ file: 'app.3f9a1c2b.js', gzip: 14210 }, ...]
 */
export async function appStaticFiles(widgetDir: string): Promise<{ file: string; gzip: number }[]> {
  const chunks = JSON.parse(await readFile(join(widgetDir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteChunk>;
  const entry = Object.keys(chunks).find((key) => chunks[key]!.isEntry);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (entry) visit(entry);
  return Promise.all([...files].map(async (file) => ({ file, gzip: await fileGzip(join(widgetDir, file)) })));
}

/**
 * Per published locale, the gzip bytes of its index and docs files, read through manifest.json.
 *
 * @example await indexSizes('dist/articles'); // [{ locale: 'en', articles: 56, indexGzip: 41230, docsGzip: 3120 }, ...]
 */
export async function indexSizes(articlesOutDir: string): Promise<IndexSize[]> {
  const manifest = Manifest.parse(JSON.parse(await readFile(join(articlesOutDir, 'manifest.json'), 'utf8')));
  return Promise.all(
    Object.entries(manifest.locales).map(async ([locale, entry]) => ({
      locale,
      articles: entry.count,
      indexGzip: await fileGzip(join(articlesOutDir, entry.index)),
      docsGzip: await fileGzip(join(articlesOutDir, entry.docs)),
    })),
  );
}
