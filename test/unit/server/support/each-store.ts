import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Connection } from '../../../../server/store/database';
import { migrate } from '../../../../server/store/migrate';
import { PG_URL, probePostgres } from '../../../support/temp-database';

/**
 * The server suite runs twice: on SQLite and on PostgreSQL. PostgreSQL is TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/test); each test file gets its own schema, dropped
 * afterwards. Without a reachable PostgreSQL, that half is skipped and says why, unless
 * REQUIRE_POSTGRES=1 (CI), where it fails instead.
 */
const pgProblem = await probePostgres();
if (pgProblem && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${PG_URL} is not reachable: ${pgProblem}`);
}
let warned = false;

export type StoreKind = 'sqlite' | 'postgres';

/**
 * `describe` once per store, each with a freshly migrated, empty database.
 *
 * @example
 *   describeEachStore('tickets', (store) => {
 *     it('creates a ticket', async () => { const app = makeApp(store().db); ... });
 *   });
 */
export function describeEachStore(name: string, body: (connection: () => Connection, kind: StoreKind) => void): void {
  describe(`${name} (SQLite)`, () => {
    let connection: Connection;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'support-store-'));
      connection = openDatabase(join(dir, 'test.sqlite'));
      await migrate(connection.db);
    });
    afterAll(async () => {
      await connection?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    body(() => connection, 'sqlite');
  });

  if (pgProblem) {
    if (!warned) console.warn(`PostgreSQL half of the server suite SKIPPED: cannot reach ${PG_URL} (${pgProblem}). Start PostgreSQL or set TEST_DATABASE_URL.`);
    warned = true;
    describe.skip(`${name} (PostgreSQL: skipped, ${PG_URL} unreachable)`, () => body(() => undefined as never, 'postgres'));
    return;
  }
  describe(`${name} (PostgreSQL)`, () => {
    let connection: Connection;
    const schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    beforeAll(async () => {
      const admin = openDatabase(PG_URL);
      await sql`create schema ${sql.id(schema)}`.execute(admin.db);
      await admin.close();
      const url = new URL(PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      connection = openDatabase(url.toString());
      await migrate(connection.db);
    });
    afterAll(async () => {
      await connection?.close();
      const admin = openDatabase(PG_URL);
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    });
    body(() => connection, 'postgres');
  });
}
