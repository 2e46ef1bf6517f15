import { Hono } from 'hono';
import { createApi } from './api/create-api';
import type { ApiDeps } from './api/deps';
import type { ServerConfig } from './config';
import { staticFiles } from './routes/static-files';

export interface AppOptions {
  config: Pick<ServerConfig, 'WIDGET_DIR' | 'ARTICLES_DIR'>;
  /** The ticket API's dependencies; without them the app serves only the widget and articles. */
  api?: ApiDeps;
}

/**
 * The widget server: the embed script and its bundles under /widget/, the published help
 * articles under /articles/, and the API under /api/. Tests call `createApp(...).request(url)`
 * with no network.
 */
export function createApp({ config, api }: AppOptions) {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/widget', staticFiles('/widget', config.WIDGET_DIR));
  app.route('/articles', staticFiles('/articles', config.ARTICLES_DIR, { mutableMaxAge: 60 }));
  if (api) app.route('/api', createApi(api));
  app.notFound((c) =>
    c.body(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `nothing at ${c.req.path}` }), 404, {
      'Content-Type': 'application/problem+json',
    }),
  );
  return app;
}
