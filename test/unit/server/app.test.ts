import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';

let app: ReturnType<typeof createApp>;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'sw-app-'));
  mkdirSync(join(root, 'widget'));
  mkdirSync(join(root, 'articles', 'en'), { recursive: true });
  writeFileSync(join(root, 'widget', 'widget.js'), 'console.log(1)');
  writeFileSync(join(root, 'widget', 'app.Bx3k9QzA.js'), 'export const start = 1');
  writeFileSync(join(root, 'articles', 'manifest.json'), '{"version":1}');
  writeFileSync(join(root, 'articles', 'en', 'docs.0a1b2c3d4e.json'), '{}');
  app = createApp({ config: { WIDGET_DIR: join(root, 'widget'), ARTICLES_DIR: join(root, 'articles') } });
});

describe('createApp', () => {
  it('serves widget.js to pages on any origin, revalidated so new builds reach visitors', async () => {
    const response = await app.request('/widget/widget.js', { headers: { Origin: 'https://customer.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('caches content-hashed files for a year', async () => {
    const bundle = await app.request('/widget/app.Bx3k9QzA.js');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const docs = await app.request('/articles/en/docs.0a1b2c3d4e.json');
    expect(docs.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the article manifest short-lived', async () => {
    const response = await app.request('/articles/manifest.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
  });

  it('answers unknown paths with a problem+json 404', async () => {
    const response = await app.request('/widget/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('does not serve files outside its folders', async () => {
    const response = await app.request('/widget/..%2f..%2fetc%2fpasswd');
    expect(response.status).toBe(404);
  });
});
