import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type Connection } from '../../../../server/store/database';
import { migrate } from '../../../../server/store/migrate';
import { createTempDatabase, PG_URL, probePostgres, type StoreKind, type TempDatabase } from '../../../support/temp-database';

/**
 * The server suite runs twice: on SQLite and on PostgreSQL. PostgreSQL is TEST_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/test); each test file gets its own schema, dropped at
 * the end of the run. Without a reachable PostgreSQL, that half is skipped and says why, unless
 * REQUIRE_POSTGRES=1 (CI), where it fails instead.
 */
const pgProblem = await probePostgres();
if (pgProblem && process.env.REQUIRE_POSTGRES === '1') {
  throw new Error(`REQUIRE_POSTGRES=1 but PostgreSQL at ${PG_URL} is not reachable: ${pgProblem}`);
}
let warned = false;

export type { StoreKind };

/**
 * `describe` once per store, each with a freshly migrated, empty database.
 *
 * @example
 *   describeEachStore('tickets', (store) => {
 *     it('creates a ticket', async () => { const app = makeApp(store().db); ... });
 *   });
 */
export function describeEachStore(name: string, body: (connection: () => Connection, kind: StoreKind) => void): void {
  const suite = (kind: StoreKind) => () => {
    let database: TempDatabase;
    let connection: Connection;
    beforeAll(async () => {
      database = await createTempDatabase(kind);
      connection = openDatabase(database.url);
      await migrate(connection.db);
    });
    afterAll(async () => {
      await connection?.close();
      await database?.remove();
    });
    body(() => connection, kind);
  };

  describe(`${name} (SQLite)`, suite('sqlite'));
  if (pgProblem) {
    if (!warned) console.warn(`PostgreSQL half of the server suite SKIPPED: cannot reach ${PG_URL} (${pgProblem}). Start PostgreSQL or set TEST_DATABASE_URL.`);
    warned = true;
    describe.skip(`${name} (PostgreSQL: skipped, ${PG_URL} unreachable)`, () => body(() => undefined as never, 'postgres'));
    return;
  }
  describe(`${name} (PostgreSQL)`, suite('postgres'));
}
