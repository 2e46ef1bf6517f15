import { describe, expect, it } from 'vitest';
import type { ArticleListing } from '../../../../server/contract/published';
import type { ArticlesClient } from '../../../../widget/client/articles-client';
import { createSearchModel } from '../../../../widget/models/search-model';
import { buildIndex } from '../../../../widget/search/build-index';

const listing = (id: number, title: string): ArticleListing => ({ id, slug: `a-${id}`, title, summary: '', tags: [], category: '', updated: '2026-10-14', featured: false, href: `a-${id}.json` });
const published: Record<string, string[]> = { en: ['Pay an invoice', 'Reset your password'], sv: ['Betala en faktura', 'Återställ ditt lösenord'] };

/** Two published locales, each with its listing and an index built as the publish step does. */
function fakeClient(): ArticlesClient & { requests: string[] } {
  const requests: string[] = [];
  return {
    requests,
    manifest: async () => ({
      version: 1,
      generated: '2026-10-14T00:00:00Z',
      defaultLocale: 'en',
      locales: Object.fromEntries(Object.entries(published).map(([locale, titles]) => [locale, { count: titles.length, docs: `${locale}/docs`, index: `${locale}/index` }])),
    }),
    docs: async (path) => {
      requests.push(path);
      const locale = path.split('/')[0]!;
      return { locale, articles: published[locale]!.map((title, id) => listing(id, title)) };
    },
    index: async (path) => {
      const locale = path.split('/')[0]!;
      return JSON.parse(JSON.stringify(buildIndex(locale, published[locale]!.map((title, id) => ({ id, title, tags: [], summary: '', body: '' })))));
    },
    article: () => Promise.reject(new Error('unused')),
  };
}

const titles = (model: ReturnType<typeof createSearchModel>) => model.result.value.suggestions.map((suggestion) => suggestion.article.title);

describe('createSearchModel: switching the locale', () => {
  it('searches the new locale’s articles and keeps what the visitor typed', async () => {
    const model = createSearchModel(fakeClient(), 'en');
    await model.load();
    model.query.value = 'invoice';
    expect(titles(model)).toEqual(['Pay an invoice']);
    await model.setLocale('sv');
    expect(model.primary.value?.locale).toBe('sv');
    expect(model.query.value).toBe('invoice');
    model.query.value = 'faktura';
    expect(titles(model)).toEqual(['Betala en faktura']);
  });

  it('takes the new locale on its first load when switched before loading', async () => {
    const client = fakeClient();
    const model = createSearchModel(client, 'en');
    await model.setLocale('sv');
    expect(client.requests).toEqual([]);
    await model.load();
    expect(model.primary.value?.locale).toBe('sv');
    expect(client.requests).toEqual(['sv/docs']);
  });

  it('ends on the last locale asked for when switches overlap a load', async () => {
    const model = createSearchModel(fakeClient(), 'en');
    const loading = model.load();
    void model.setLocale('sv');
    await loading;
    expect(model.primary.value?.locale).toBe('sv');
    expect(model.status.value).toBe('ready');
  });

  it('loads a locale once, however often the visitor switches back to it', async () => {
    const client = fakeClient();
    const model = createSearchModel(client, 'en');
    await model.load();
    await model.setLocale('sv');
    await model.setLocale('en');
    await model.setLocale('sv');
    expect(client.requests).toEqual(['en/docs', 'sv/docs']);
  });

  it('shows the site’s default locale for one that has no articles', async () => {
    const model = createSearchModel(fakeClient(), 'sv');
    await model.load();
    await model.setLocale('ar');
    expect(model.primary.value?.locale).toBe('en');
  });
});
