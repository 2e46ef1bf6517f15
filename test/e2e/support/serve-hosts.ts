import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createHostSite } from '../../../server/demo/host-site';

// The host pages of the browser tests, on their own origin (test/e2e/hosts/<behaviour>.html).
const port = Number(process.env.PORT ?? 4318);
const serverUrl = process.env.SERVER_URL ?? 'http://127.0.0.1:4317';
const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.route(
  '/',
  createHostSite({
    pagesDir: new URL('../hosts', import.meta.url).pathname,
    widgetUrl: `${serverUrl}/widget/widget.js`,
    serverUrl,
    // The same build the widget server serves (its WIDGET_DIR setting), for pages that host widget.js themselves.
    selfHostedWidgetDir: process.env.WIDGET_DIR ?? 'dist/widget',
  }),
);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
// The same pages on a second loopback address: another origin, so another site of the server's
// settings (the one rating replies with stars; see server-settings.ts).
serve({ fetch: app.fetch, port, hostname: '127.0.0.2' });
