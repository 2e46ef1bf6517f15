import { gzipSync } from 'node:zlib';
import { ArticleFile, DocsFile, Manifest, type ArticleListing, type LocaleEntry } from '../../server/contract/published';
import { contentHash } from './content-hash';
import type { LocaleIndex } from './index-locale';
import type { Article } from './types';

/** A file to write, at a `/`-separated path relative to the output folder. */
export interface OutputFile {
  path: string;
  content: string;
}

/** What one locale came to, for the report. */
export interface LocaleSummary {
  locale: string;
  count: number;
  indexBytes: number;
  indexGzipBytes: number;
}

export interface Output {
  /** Every content-hashed file; `manifest` points at them and is written after them. */
  files: OutputFile[];
  manifest: Manifest;
  summaries: LocaleSummary[];
}

/** Each object is checked against the contract before it becomes bytes: what the widget will parse. */
function hashedFile<T>(folder: string, name: string, schema: { parse(data: unknown): T }, data: T): OutputFile {
  const content = JSON.stringify(schema.parse(data));
  return { path: `${folder}/${name}.${contentHash(content)}.json`, content };
}

const asIs = { parse: (data: unknown) => data };

/**
 * Turns indexed locales into the files of the published contract (server/contract/published.ts):
 * per locale one file per article, the listing and the index, all named by content hash.
 *
 * @example const { files, manifest } = buildOutput(locales, { defaultLocale: 'en', generated: new Date().toISOString(), translations });
 */
export function buildOutput(
  locales: LocaleIndex[],
  options: { defaultLocale: string; generated: string; translations: (article: Article) => Record<string, string> },
): Output {
  const files: OutputFile[] = [];
  const entries: Record<string, LocaleEntry> = {};
  const summaries: LocaleSummary[] = [];
  for (const { locale, articles, index } of locales) {
    const listings = articles.map(({ article, html }, id): ArticleListing => {
      const { slug, meta } = article;
      const { title, summary, category, tags, updated, featured, translationOf } = meta;
      const translations = options.translations(article);
      const file = hashedFile(`${locale}/a`, slug, ArticleFile, { locale, slug, title, summary, category, tags, updated, html, translations });
      files.push(file);
      return { id, slug, title, summary, tags, category, updated, featured, ...(translationOf ? { translationOf } : {}), href: file.path };
    });
    const docs = hashedFile(locale, 'docs', DocsFile, { locale, articles: listings });
    const indexFile = hashedFile(locale, 'index', asIs, index);
    files.push(docs, indexFile);
    entries[locale] = { count: listings.length, docs: docs.path, index: indexFile.path };
    const indexBytes = Buffer.byteLength(indexFile.content);
    summaries.push({ locale, count: listings.length, indexBytes, indexGzipBytes: gzipSync(indexFile.content).length });
  }
  const manifest = Manifest.parse({ version: 1, generated: options.generated, defaultLocale: options.defaultLocale, locales: entries });
  return { files, manifest, summaries };
}
