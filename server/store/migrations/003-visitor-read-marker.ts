import type { Kysely } from 'kysely';

// The visitor's read marker: the seq of the last message they saw in the widget, on any device.
// Kept on the server so the unread badge needs nothing in the browser but the ticket's token.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tickets').addColumn('visitor_read_seq', 'integer', (column) => column.notNull().defaultTo(0)).execute();
}
