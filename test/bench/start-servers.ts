import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { ApiDeps } from '../../server/api/deps';
import { createApp } from '../../server/app';
import { systemClock } from '../../server/clock';
import { createHostSite } from '../../server/demo/host-site';
import { createLogger } from '../../server/log/create-logger';
import { Settings } from '../../server/settings/settings';
import { openDatabase } from '../../server/store/database';
import { migrate } from '../../server/store/migrate';
import { freePort } from './server/free-port';

export interface RunningServers {
  /** The widget server: /widget/ and /articles/ (and /api/ when asked for). */
  serverUrl: string;
  /** The demo host page that embeds the widget, on its own origin as on a customer's site. */
  hostUrl: string;
  close(): Promise<void>;
}

const listen = (fetch: (request: Request) => Response | Promise<Response>, port = 0): Promise<{ server: ServerType; url: string }> =>
  new Promise((resolve) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server, url: `http://127.0.0.1:${info.port}` }));
  });

const stop = (server: ServerType) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    // A browser's kept-alive connections would otherwise hold the server open.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });

/**
 * The ticket API over a fresh SQLite file in a temporary folder, with the default settings (the
 * demo's e-mail channel) but the host page's origin as the one site, so its CORS lets the widget in.
 */
async function benchApi(hostOrigin: string, serverUrl: string): Promise<{ api: ApiDeps; remove(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'support-bench-api-'));
  const store = openDatabase(join(dir, 'bench.sqlite'));
  await migrate(store.db);
  const settings = Settings.parse({ sites: [{ id: 'bench', name: 'Kestrel Hosting', origins: [hostOrigin] }] });
  const api: ApiDeps = {
    db: store.db,
    dbKind: store.kind,
    settings,
    clock: systemClock,
    logger: createLogger('silent'),
    mailer: { send: async () => undefined },
    trustedProxies: [],
    publicUrl: serverUrl,
  };
  return { api, remove: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

/**
 * Starts, in this process and on free ports, the real widget server for a widget build and an
 * articles folder, and the demo host site that embeds it from another origin. With `api`, the
 * server has its API too (the contact step's channels), over a throw-away SQLite database.
 *
 * @example const servers = await startServers({ widgetDir: 'dist/widget', articlesDir: 'dist/articles', pagesDir, api: true });
 */
export async function startServers({ widgetDir, articlesDir, pagesDir, api = false }: { widgetDir: string; articlesDir: string; pagesDir: string; api?: boolean }): Promise<RunningServers> {
  const [widgetPort, hostPort] = [await freePort(), await freePort()];
  const serverUrl = `http://127.0.0.1:${widgetPort}`;
  const store = api ? await benchApi(`http://127.0.0.1:${hostPort}`, serverUrl) : undefined;
  const widget = await listen(createApp({ config: { WIDGET_DIR: widgetDir, ARTICLES_DIR: articlesDir }, api: store?.api }).fetch, widgetPort);
  const host = await listen(createHostSite({ pagesDir, widgetUrl: `${widget.url}/widget/widget.js`, serverUrl: widget.url }).fetch, hostPort);
  return {
    serverUrl: widget.url,
    hostUrl: `${host.url}/`,
    close: async () => {
      await Promise.all([stop(widget.server), stop(host.server)]);
      await store?.remove();
    },
  };
}
