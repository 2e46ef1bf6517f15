import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { writeServerSettings } from './server-settings';
import { spawnHttpChild, type HttpChild } from './spawn-http-child';

export interface ServerProcessOptions {
  projectDir: string;
  /** DATABASE_URL: an SQLite file or a postgres:// URL. */
  databaseUrl: string;
  /** LOG_LEVEL of the child (default 'warn'). */
  logLevel?: string;
}

export interface ServerProcess extends HttpChild {
  /** Stops the server (SIGTERM unless told otherwise) and deletes its settings file and outbox. */
  close(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The real server (`server/main.ts`) as a child process, as in production: on a free port, over
 * `databaseUrl`, with the site of server-settings.ts, the proxy on 127.0.0.1 trusted (so each
 * request can come from its own X-Forwarded-For address), no demo site, mail to a temporary outbox.
 *
 * @example
 *   const server = await startServerProcess({ projectDir, databaseUrl: 'tmp/s.sqlite' });
 *   await fetch(`${server.url}/api/tickets`, ...); await server.close();
 */
export async function startServerProcess({ projectDir, databaseUrl, logLevel = 'warn' }: ServerProcessOptions): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'support-server-run-'));
  const port = await freePort();
  try {
    const child = await spawnHttpChild({
      script: 'server/main.ts',
      cwd: projectDir,
      port,
      readyPath: '/healthz',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DEMO_PORT: '0',
        DATABASE_URL: databaseUrl,
        SETTINGS_FILE: writeServerSettings(dir),
        MAIL_OUTBOX_DIR: join(dir, 'outbox'),
        TRUSTED_PROXIES: '127.0.0.1',
        LOG_LEVEL: logLevel,
      },
    });
    const close = async (signal?: NodeJS.Signals) => {
      await child.stop(signal);
      rmSync(dir, { recursive: true, force: true });
    };
    return { ...child, close };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
