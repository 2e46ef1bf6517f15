import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../server/app';
import { createHostSite } from '../../server/demo/host-site';

export interface RunningServers {
  /** The widget server: /widget/ and /articles/. */
  serverUrl: string;
  /** The demo host page that embeds the widget, on its own origin as on a customer's site. */
  hostUrl: string;
  close(): Promise<void>;
}

const listen = (fetch: (request: Request) => Response | Promise<Response>): Promise<{ server: ServerType; url: string }> =>
  new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server, url: `http://127.0.0.1:${info.port}` }));
  });

const stop = (server: ServerType) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    // A browser's kept-alive connections would otherwise hold the server open.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });

/**
 * Starts, in this process and on free ports, the real widget server for a widget build and an
 * articles folder, and the demo host site that embeds it from another origin.
 *
 * @example const servers = await startServers({ widgetDir: 'dist/widget', articlesDir: 'dist/articles' });
 */
export async function startServers({ widgetDir, articlesDir, pagesDir }: { widgetDir: string; articlesDir: string; pagesDir: string }): Promise<RunningServers> {
  const widget = await listen(createApp({ config: { WIDGET_DIR: widgetDir, ARTICLES_DIR: articlesDir } }).fetch);
  const host = await listen(createHostSite({ pagesDir, widgetUrl: `${widget.url}/widget/widget.js`, serverUrl: widget.url }).fetch);
  return {
    serverUrl: widget.url,
    hostUrl: `${host.url}/`,
    close: async () => {
      await Promise.all([stop(widget.server), stop(host.server)]);
    },
  };
}
