import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { cors } from 'hono/cors';

/** A content hash in a file name (`app.3f9a1c2b.js`, `docs.0a1b2c3d4e.json`): such a file never changes. */
const HASHED = /[.-][A-Za-z0-9_-]{8,}\.(js|json|css)$/;

/**
 * Serves a build folder to pages on any origin: the widget and the articles are embedded in
 * other people's sites, and ES modules and fetches across origins need CORS. Hashed files are
 * cached for a year; the rest (widget.js, manifest.json) are revalidated so a new build reaches
 * visitors within minutes.
 *
 * @example app.route('/widget', staticFiles('/widget', 'dist/widget'));
 */
export function staticFiles(prefix: string, root: string, { mutableMaxAge = 300 }: { mutableMaxAge?: number } = {}) {
  const app = new Hono();
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }));
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    const cache = HASHED.test(c.req.path) ? 'public, max-age=31536000, immutable' : `public, max-age=${mutableMaxAge}, must-revalidate`;
    c.res.headers.set('Cache-Control', cache);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', serveStatic({ root, rewriteRequestPath: (path) => path.slice(prefix.length) }));
  return app;
}
