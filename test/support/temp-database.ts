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
  const schema = `server_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await onPostgres(`create schema "${schema}"`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { kind, url: url.toString(), remove: () => onPostgres(`drop schema if exists "${schema}" cascade`) };
}
