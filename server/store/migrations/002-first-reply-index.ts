import type { Kysely } from 'kysely';

// The e-mail queue estimate and the reports read tickets by when they were first answered;
// without an index each estimate scans every ticket ever written.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tickets_first_reply').on('tickets').column('first_reply_at').execute();
}
