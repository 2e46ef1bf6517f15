import { Migrator, PostgresAdapter, sql, type Kysely } from 'kysely';
import { migrations } from './migrations';

/**
 * Brings the database to the newest schema; runs at every start. Kysely takes a lock first, so
 * several processes starting at once against PostgreSQL migrate once.
 *
 * On PostgreSQL its bookkeeping tables go in the connection's current schema, named explicitly:
 * left unnamed, Kysely looks for them in every schema of the database and, finding another
 * schema's, skips creating its own.
 *
 * @example await migrate(db);
 */
export async function migrate(db: Kysely<any>): Promise<void> {
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
