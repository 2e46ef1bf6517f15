import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations';

/**
 * Brings the database to the newest schema; runs at every start. Kysely takes a lock first, so
 * several processes starting at once against PostgreSQL migrate once.
 *
 * @example await migrate(db);
 */
export async function migrate(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
