import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

type Fetch = (request: Request) => Response | Promise<Response>;

/**
 * Starts an HTTP server and resolves once it listens. A port already taken or not allowed stops
 * the process with a sentence a newcomer can act on, instead of an unhandled 'error' stack.
 *
 * @example
 *   const server = await listen(app.fetch, 8787, '127.0.0.1', 'PORT');
 */
export function listen(fetch: Fetch, port: number, hostname: string, setting: string) {
  return new Promise<ReturnType<typeof serve>>((resolve) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.on('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? `port ${port} on ${hostname} is already in use (another \`npm start\` still running?)`
          : `cannot listen on ${hostname}:${port} (${error.code ?? error.message})`;
      console.error(`${why}. Choose another port with ${setting}=<port>.`);
      process.exit(1);
    });
  });
}

/** The port a listening server got (useful when asked for port 0). */
export const portOf = (server: ReturnType<typeof serve>) => (server.address() as AddressInfo).port;
