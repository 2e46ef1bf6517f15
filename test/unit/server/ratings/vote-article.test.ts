import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { testApp } from '../support/test-app';
import { STARS_ORIGIN, twoSiteSettings } from './two-sites';

describeEachStore('PUT /api/articles/votes', (connection) => {
  let api: ReturnType<typeof testApp>;
  beforeAll(() => {
    api = testApp(connection(), { settings: twoSiteSettings() });
  });

  const vote = (json: unknown, origin?: string) => api.request('/api/articles/votes', { method: 'PUT', json, headers: origin ? { Origin: origin } : {} });
  const votesOn = (slug: string) => connection().db.selectFrom('article_votes').selectAll().where('slug', '=', slug).orderBy('site_id').execute();

  it('records a visitor finding an article helpful, with what they searched for', async () => {
    const visitorId = randomUUID();
    const response = await vote({ locale: 'en', slug: 'point-a-domain', visitorId, helpful: true, searchText: 'dns a record' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ locale: 'en', slug: 'point-a-domain', helpful: true, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(await votesOn('point-a-domain')).toMatchObject([{ site_id: 'kestrel', visitor_id: visitorId, helpful: 1, search_text: 'dns a record' }]);
  });

  it('keeps one vote per visitor per article, changed by voting again', async () => {
    const visitorId = randomUUID();
    await vote({ locale: 'en', slug: 'change-my-mind', visitorId, helpful: true });
    api.clock.advance(5_000);
    const response = await vote({ locale: 'en', slug: 'change-my-mind', visitorId, helpful: false });
    expect(await response.json()).toMatchObject({ helpful: false, createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:05.000Z' });
    expect(await votesOn('change-my-mind')).toMatchObject([{ helpful: 0 }]);
    api.clock.set('2026-11-23T10:00:00Z');
  });

  it('counts different visitors, locales and sites apart', async () => {
    const visitorId = randomUUID();
    await vote({ locale: 'en', slug: 'many-voters', visitorId, helpful: true });
    await vote({ locale: 'en', slug: 'many-voters', visitorId: randomUUID(), helpful: false });
    await vote({ locale: 'sv', slug: 'many-voters', visitorId, helpful: true });
    await vote({ locale: 'en', slug: 'many-voters', visitorId, helpful: false }, STARS_ORIGIN);
    const rows = await votesOn('many-voters');
    expect(rows.map((row) => `${row.site_id}/${row.locale}/${row.helpful}`).sort()).toEqual(['falcon/en/0', 'kestrel/en/0', 'kestrel/en/1', 'kestrel/sv/1']);
  });

  it('treats a visitor id in capitals as the same visitor', async () => {
    const visitorId = randomUUID();
    await vote({ locale: 'en', slug: 'same-visitor', visitorId, helpful: true });
    await vote({ locale: 'en', slug: 'same-visitor', visitorId: visitorId.toUpperCase(), helpful: false });
    expect(await votesOn('same-visitor')).toMatchObject([{ helpful: 0 }]);
  });

  it.each([
    [{ locale: 'english', slug: 'refused', visitorId: randomUUID(), helpful: true }, 'locale'],
    [{ locale: 'en', slug: '../etc', visitorId: randomUUID(), helpful: true }, 'slug'],
    [{ locale: 'en', slug: 'refused', visitorId: 'visitor-1', helpful: true }, 'visitorId'],
    [{ locale: 'en', slug: 'refused', visitorId: randomUUID(), helpful: 'yes' }, 'helpful'],
    [{ locale: 'en', slug: 'refused', visitorId: randomUUID(), helpful: true, searchText: 'x'.repeat(501) }, 'searchText'],
    [{ locale: 'en', slug: 'refused', visitorId: randomUUID(), helpful: true, createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
  ])('refuses %j, naming %s', async (json, field) => {
    const response = await vote(json);
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(await votesOn('refused')).toEqual([]);
  });
});
