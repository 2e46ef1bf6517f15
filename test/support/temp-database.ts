import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL the server tests and bench use: TEST_DATABASE_URL, else the local `test` database. */
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type StoreKind = 'sqlite' | 'postgres';

export interface TempDatabase {
  kind: StoreKind;
  /** What to pass as DATABASE_URL: an SQLite file, or PG_URL with search_path set to a fresh schema. */
  url: string;
  /** Deletes the file or drops the schema. */
  remove(): Promise<void>;
}

/**
 * Why PostgreSQL cannot be used, or undefined when it answers.
 *
 * @example const problem = await probePostgres(); if (problem) console.log(`skipped: ${problem}`);
 */
export async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function onPostgres(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * An empty database for a server child process: a new SQLite file in a temporary folder, or a
 * new schema in PostgreSQL (the server migrates it on start).
 *
 * @example
 *   const database = await createTempDatabase('postgres');
 *   spawnServer({ DATABASE_URL: database.url }); ... await database.remove();
 */
export async function createTempDatabase(kind: StoreKind): Promise<TempDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'support-server-'));
    return { kind, url: join(dir, 'support.sqlite'), remove: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const run = process.env[TEST_RUN];
  const schema = `${run ? `${run}_` : 'server_'}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onPostgres(`create schema "${schema}"`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  // Inside a test run the schema is dropped when the whole run ends (dropRunSchemas): a DROP
  // while another test file migrates breaks that file's catalogue look-ups ("schema … does not exist").
  const remove = run ? async () => undefined : () => onPostgres(`drop schema if exists "${schema}" cascade`);
  return { kind, url: url.toString(), remove };
}

/** Names the schemas of one vitest run (set by the global setup), so they can be dropped together at its end. */
export const TEST_RUN = 'SUPPORT_TEST_RUN';

/**
 * Drops every schema a test run created. Called once, by vitest's global teardown, when no test
 * file is migrating any more.
 */
export async function dropRunSchemas(run: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
  } catch {
    return; // no PostgreSQL, so no schemas to drop
  }
  try {
    const { rows } = await client.query<{ name: string }>(`select nspname as name from pg_namespace where nspname like $1`, [`${run}\_%`]);
    for (const { name } of rows) await client.query(`drop schema if exists "${name}" cascade`);
  } finally {
    await client.end();
  }
}
