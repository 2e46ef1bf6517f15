import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createTicketPool, type PooledTicket } from './create-ticket-pool';
import { freePort } from './free-port';
import { measureLoad, type LoadFigures } from './measure-load';
import { spawnHttpChild } from './spawn-http-child';
import { startServerProcess } from './start-server-process';
import { createTempDatabase, probePostgres, PG_URL, type StoreKind } from '../../support/temp-database';
import { ticketSubmission } from './ticket-submission';

export interface ServerBenchOptions {
  projectDir: string;
  /** Seconds each figure is measured for (default 10). */
  seconds?: number;
  /** Connections autocannon keeps busy (default 20). */
  connections?: number;
  /** Seconds of load before each measurement, not counted, so the JIT and the pools are warm (default 1). */
  warmupSeconds?: number;
  /** Tickets created up front for the look-ups to rotate over (default 500). */
  lookupPool?: number;
}

export interface StoreFigures {
  kind: StoreKind;
  /** Why this store was not measured (PostgreSQL unreachable). */
  skipped?: string;
  /** What went wrong when measuring it (the server did not start, a pool ticket was refused). */
  failed?: string;
  create?: LoadFigures;
  lookup?: LoadFigures;
}

export interface ServerBenchResult {
  seconds: number;
  connections: number;
  /** The machine's one-minute load average at the start, and its cores: other work skews every figure. */
  machine: { loadAverage: number; cores: number };
  ceiling: LoadFigures;
  stores: StoreFigures[];
}

type Load = Omit<Parameters<typeof measureLoad>[0], 'seconds' | 'connections'>;

/** Creation: every request a new visitor (own Idempotency-Key, e-mail and address), as in production. */
function creations(url: string): Load {
  let n = 0;
  const run = `bench${Date.now().toString(36)}`;
  return {
    url,
    nextRequest: () => {
      const { headers, body } = ticketSubmission(n++, run);
      return { method: 'POST', path: '/api/tickets', headers, body: JSON.stringify(body) };
    },
  };
}

/** Look-ups: each request the next ticket of the pool, with its token, from its visitor's address. */
function lookups(url: string, pool: PooledTicket[]): Load {
  let n = 0;
  return {
    url,
    nextRequest: () => {
      const ticket = pool[n++ % pool.length]!;
      return { method: 'GET', path: `/api/tickets/${ticket.reference}`, headers: { ...ticket.headers, Authorization: `Bearer ${ticket.token}` } };
    },
  };
}

/**
 * The server figures of `npm run bench`, in one run: the ceiling (a bare node:http server), then
 * on SQLite and on PostgreSQL (skipped, saying why, when unreachable) ticket creation and status
 * look-ups against the real server started as a child process on a fresh database.
 *
 * @example const result = await runServerBench({ projectDir: process.cwd(), seconds: 10 });
 */
export async function runServerBench({ projectDir, seconds = 10, connections = 20, warmupSeconds = 1, lookupPool = 500 }: ServerBenchOptions): Promise<ServerBenchResult> {
  const machine = { loadAverage: loadavg()[0]!, cores: availableParallelism() };
  const measure = async (load: Load) => {
    if (warmupSeconds > 0) await measureLoad({ ...load, seconds: warmupSeconds, connections });
    return measureLoad({ ...load, seconds, connections });
  };

  const port = await freePort();
  const ceilingServer = await spawnHttpChild({ script: join(projectDir, 'test/bench/server/ceiling-server.ts'), cwd: projectDir, port, env: { PORT: String(port) } });
  let ceiling: LoadFigures;
  try {
    ceiling = await measure({ url: `${ceilingServer.url}/` });
  } finally {
    await ceilingServer.stop();
  }

  const stores: StoreFigures[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    const unreachable = kind === 'postgres' ? await probePostgres() : undefined;
    if (unreachable) {
      stores.push({ kind, skipped: `cannot reach ${PG_URL} (${unreachable})` });
      continue;
    }
    const database = await createTempDatabase(kind);
    try {
      const server = await startServerProcess({ projectDir, databaseUrl: database.url, logLevel: 'warn' });
      try {
        const create = await measure(creations(server.url));
        const lookup = await measure(lookups(server.url, await createTicketPool(server.url, lookupPool)));
        stores.push({ kind, create, lookup });
      } finally {
        await server.close();
      }
    } catch (error) {
      // One store failing still leaves the other's figures worth printing.
      stores.push({ kind, failed: (error as Error).message });
    } finally {
      await database.remove();
    }
  }
  return { seconds, connections, machine, ceiling, stores };
}
