import { Hono } from 'hono';
import type { ServerConfig } from './config';
import { staticFiles } from './routes/static-files';

/**
 * The widget server: the embed script and its bundles under /widget/, the published help
 * articles under /articles/. Tests call `createApp(config).request(url)` with no network.
 */
export function createApp(config: Pick<ServerConfig, 'WIDGET_DIR' | 'ARTICLES_DIR'>) {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/widget', staticFiles('/widget', config.WIDGET_DIR));
  app.route('/articles', staticFiles('/articles', config.ARTICLES_DIR, { mutableMaxAge: 60 }));
  app.notFound((c) =>
    c.body(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `nothing at ${c.req.path}` }), 404, {
      'Content-Type': 'application/problem+json',
    }),
  );
  return app;
}
