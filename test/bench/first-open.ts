import type { Browser, Response } from '@playwright/test';
import { gzipSize } from './gzip-size';
import { openWidget } from './open-widget';

export type FileKind = 'loader' | 'script' | 'style' | 'manifest' | 'docs' | 'index' | 'other';

export interface FetchedFile {
  /** Path on the widget server, e.g. /widget/app.3f9a1c2b.js */
  path: string;
  kind: FileKind;
  bytes: number;
  gzip: number;
}

/** What a file on the widget server is, by its path. */
export function kindOf(path: string): FileKind {
  if (path === '/widget/widget.js') return 'loader';
  if (path.startsWith('/widget/') && path.endsWith('.js')) return 'script';
  if (path.endsWith('.css')) return 'style';
  if (path === '/articles/manifest.json') return 'manifest';
  if (/^\/articles\/[^/]+\/docs\.[^/]+\.json$/.test(path)) return 'docs';
  if (/^\/articles\/[^/]+\/index\.[^/]+\.json$/.test(path)) return 'index';
  return 'other';
}

/**
 * Every file a browser fetches from the widget server from page load until the first search can
 * run, each body gzipped here: records the responses of a real open of the widget on a host page
 * in Chromium, so nothing the browser really loads is left out.
 *
 * @example const files = await measureFirstOpen(browser, hostUrl, serverUrl);
 */
export async function measureFirstOpen(browser: Browser, hostUrl: string, serverUrl: string): Promise<FetchedFile[]> {
  const page = await browser.newPage();
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${serverUrl}/`) && response.request().method() === 'GET') responses.push(response);
  });
  try {
    await openWidget(page, hostUrl);
    await page.waitForLoadState('networkidle');
    return await Promise.all(
      responses.map(async (response) => {
        const body = await response.body();
        const path = new URL(response.url()).pathname;
        return { path, kind: kindOf(path), bytes: body.length, gzip: gzipSize(body) };
      }),
    );
  } finally {
    await page.close();
  }
}
