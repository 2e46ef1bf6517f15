import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

export interface HostSiteOptions {
  /** Folder of .html pages (and their css/images). */
  pagesDir: string;
  /** URL of widget.js as the pages should include it. */
  widgetUrl: string;
  /** Origin of the widget server, for data-server. */
  serverUrl: string;
  /** Optionally also serve a copy of the widget build under /self/widget/ (a site that hosts the script itself). */
  selfHostedWidgetDir?: string;
}

/**
 * A stand-in for a customer's website, on its own origin: the demo, and the host pages the
 * browser tests embed the widget in. `{{WIDGET_URL}}` and `{{SERVER_URL}}` in a page are
 * replaced when served; `<page>.headers.json` beside a page adds response headers (a CSP, say).
 */
export function createHostSite({ pagesDir, widgetUrl, serverUrl, selfHostedWidgetDir }: HostSiteOptions) {
  const app = new Hono();
  if (selfHostedWidgetDir) {
    app.use('/self/widget/*', serveStatic({ root: selfHostedWidgetDir, rewriteRequestPath: (path) => path.slice('/self/widget'.length) }));
  }
  app.get('/:page{[a-z0-9-]*(\\.html)?}', async (c) => {
    const name = (c.req.param('page') || 'index').replace(/\.html$/, '');
    let html: string;
    try {
      html = await readFile(join(pagesDir, `${name}.html`), 'utf8');
    } catch {
      return c.notFound();
    }
    const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
    try {
      Object.assign(headers, JSON.parse(await readFile(join(pagesDir, `${name}.headers.json`), 'utf8')));
    } catch {
      // No extra headers for this page.
    }
    return c.body(html.replaceAll('{{WIDGET_URL}}', widgetUrl).replaceAll('{{SERVER_URL}}', serverUrl), 200, headers);
  });
  app.use('*', serveStatic({ root: pagesDir }));
  return app;
}
