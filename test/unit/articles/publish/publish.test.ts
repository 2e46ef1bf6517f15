import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../../../articles/publish/publish';
import { ArticleFile, DocsFile, Manifest } from '../../../../server/contract/published';
import { loadIndex } from '../../../../widget/search/load-index';
import type { SerializedIndex } from '../../../../widget/search/types';
import { article, articlesFixture, FIELDS, published } from './fixtures/articles-fixture';

const translated = (title: string, of: string) => article([`title: "${title}"`, ...FIELDS.slice(1), `translationOf: ${of}`]);

const FILES = {
  'en/pay-invoice.md': article(['title: "Pay an invoice"', ...FIELDS.slice(1), 'tags: [invoice, bill]', 'featured: true'], '## Steps\n\nSee [methods](payment-methods.md).'),
  'en/payment-methods.md': article(['title: "Payment methods"', ...FIELDS.slice(1)]),
  'sv/betala-faktura.md': translated('Betala en faktura', 'pay-invoice'),
  'sv/egen-artikel.md': article(['title: "Bara på svenska"', ...FIELDS.slice(1)]),
  'da/betal-faktura.md': translated('Betal en faktura', 'pay-invoice'),
  'publish/ignored.ts': 'export {};',
};

const readJson = async (outDir: string, path: string): Promise<unknown> => JSON.parse(await readFile(join(outDir, path), 'utf8'));

async function readArticles(outDir: string, locale: string) {
  const manifest = Manifest.parse(await readJson(outDir, 'manifest.json'));
  const docs = DocsFile.parse(await readJson(outDir, manifest.locales[locale]?.docs ?? ''));
  return Promise.all(docs.articles.map(async ({ href }) => ArticleFile.parse(await readJson(outDir, href))));
}

/** Every file under `dir` with its bytes, by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(dir.length + 1), await readFile(file, 'utf8')])));
}

describe('publish', () => {
  it('writes a manifest, listings and articles that the contract schemas accept', async () => {
    const { outDir, manifest } = await published(FILES);
    expect(Manifest.parse(await readJson(outDir, 'manifest.json'))).toEqual(manifest);
    expect(manifest).toMatchObject({ version: 1, generated: '2026-11-01T12:00:00.000Z', defaultLocale: 'en' });
    expect(Object.keys(manifest.locales)).toEqual(['da', 'en', 'sv']);
    const docs = DocsFile.parse(await readJson(outDir, manifest.locales.en?.docs ?? ''));
    expect(docs.articles.map(({ id, slug, featured, tags }) => ({ id, slug, featured, tags }))).toEqual([
      { id: 0, slug: 'pay-invoice', featured: true, tags: ['invoice', 'bill'] },
      { id: 1, slug: 'payment-methods', featured: false, tags: [] },
    ]);
    const [pay] = await readArticles(outDir, 'en');
    expect(pay?.html).toBe('<h3>Steps</h3>\n<p>See <a href="#" data-article="en/payment-methods">methods</a>.</p>\n');
  });

  it('names every file by the hash of its content', async () => {
    const { outDir, manifest } = await published(FILES);
    const entry = manifest.locales.sv;
    const docs = DocsFile.parse(await readJson(outDir, entry?.docs ?? ''));
    for (const path of [entry?.docs ?? '', entry?.index ?? '', ...docs.articles.map(({ href }) => href)]) {
      const hash = createHash('sha256').update(await readFile(join(outDir, path))).digest('hex').slice(0, 10);
      expect(path).toMatch(new RegExp(`^sv/(a/[a-z-]+|docs|index)\\.${hash}\\.json$`));
    }
  });

  it('writes a search index per locale whose hits are positions in that locale\'s listing', async () => {
    const { outDir, manifest } = await published(FILES);
    const search = await loadIndex((await readJson(outDir, manifest.locales.sv?.index ?? '')) as SerializedIndex);
    const docs = DocsFile.parse(await readJson(outDir, manifest.locales.sv?.docs ?? ''));
    const [hit] = search.search('svenska');
    expect(docs.articles[hit?.id ?? -1]?.slug).toBe('egen-artikel');
  });

  it('maps each article to its other-locale versions, original and siblings', async () => {
    const { outDir } = await published(FILES);
    const bySlug = async (locale: string) => Object.fromEntries((await readArticles(outDir, locale)).map((a) => [a.slug, a.translations]));
    expect(await bySlug('en')).toEqual({ 'pay-invoice': { da: 'betal-faktura', sv: 'betala-faktura' }, 'payment-methods': {} });
    expect(await bySlug('sv')).toEqual({ 'betala-faktura': { da: 'betal-faktura', en: 'pay-invoice' }, 'egen-artikel': {} });
    expect(await bySlug('da')).toEqual({ 'betal-faktura': { en: 'pay-invoice', sv: 'betala-faktura' } });
  });

  it('writes the same bytes for the same articles, apart from the time in the manifest', async () => {
    const first = await published(FILES, () => new Date('2026-01-01T00:00:00Z'));
    const second = await published(FILES, () => new Date('2026-02-02T00:00:00Z'));
    const [a, b] = [await snapshot(first.outDir), await snapshot(second.outDir)];
    expect({ ...b, 'manifest.json': '' }).toEqual({ ...a, 'manifest.json': '' });
    expect(b['manifest.json']?.replace('2026-02-02', '2026-01-01')).toBe(a['manifest.json']);
  });

  it('replaces an earlier build and leaves nothing beside it', async () => {
    const { root, articlesDir, outDir } = await articlesFixture(FILES);
    await mkdir(outDir);
    await writeFile(join(outDir, 'stale.json'), '{}');
    await publish({ articlesDir, outDir });
    expect(await readdir(outDir)).toEqual(['da', 'en', 'manifest.json', 'sv']);
    expect((await readdir(root)).sort()).toEqual(['articles', 'out']);
  });

  it('leaves an earlier build untouched when there are problems', async () => {
    const { articlesDir, outDir } = await articlesFixture({ ...FILES, 'en/broken.md': 'no front matter' });
    await mkdir(outDir);
    await writeFile(join(outDir, 'manifest.json'), 'old');
    await expect(publish({ articlesDir, outDir })).rejects.toThrow(/en\/broken\.md:1: missing front matter/);
    expect(await readdir(outDir)).toEqual(['manifest.json']);
  });

  it('takes the only locale as the default when there is no English', async () => {
    const { manifest } = await published({ 'sv/betala-faktura.md': article() });
    expect(manifest.defaultLocale).toBe('sv');
  });

  it('takes the default locale it is given, and checks translations against it', async () => {
    const { articlesDir, outDir } = await articlesFixture({
      'sv/betala-faktura.md': article(),
      'da/betal-faktura.md': translated('Betal en faktura', 'betala-faktura'),
    });
    const { manifest } = await publish({ articlesDir, outDir, defaultLocale: 'sv' });
    expect(manifest.defaultLocale).toBe('sv');
  });
});
