import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CreateIncident } from '../contract/incident-requests';
import type { Incident, ResolvedIncident } from '../contract/incidents';
import type { Database, IncidentsTable } from '../store/schema';

const view = (row: Selectable<IncidentsTable>): Incident => ({ id: row.id, title: row.title, channel: row.channel, url: row.url, startedAt: row.started_at });

/**
 * The site's unresolved incidents, newest first (by when they began).
 *
 * @example const incidents = await activeIncidents(db, 'kestrel');
 */
export async function activeIncidents(db: Kysely<Database>, siteId: string): Promise<Incident[]> {
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('resolved_at', 'is', null)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(view);
}

/**
 * Records an incident on a site; it begins at `startedAt` (normalised to UTC) or now.
 *
 * @example const incident = await createIncident(db, 'kestrel', 'anna', { title: 'E-mail is slow' }, clock.now());
 */
export async function createIncident(db: Kysely<Database>, siteId: string, staffId: string, input: CreateIncident, now: Date): Promise<Incident> {
  const row: Selectable<IncidentsTable> = {
    id: randomUUID(),
    site_id: siteId,
    title: input.title,
    channel: input.channel ?? null,
    url: input.url ?? null,
    started_at: (input.startedAt ? new Date(input.startedAt) : now).toISOString(),
    resolved_at: null,
    created_by: staffId,
  };
  await db.insertInto('incidents').values(row).execute();
  return view(row);
}

/**
 * Marks an incident of the site resolved (once: resolving again keeps the first time). Undefined
 * when the site has no incident with that id.
 *
 * @example const resolved = await resolveIncident(db, 'kestrel', id, clock.now());
 */
export async function resolveIncident(db: Kysely<Database>, siteId: string, id: string, now: Date): Promise<ResolvedIncident | undefined> {
  await db.updateTable('incidents').set({ resolved_at: now.toISOString() }).where('id', '=', id).where('site_id', '=', siteId).where('resolved_at', 'is', null).execute();
  const row = await db.selectFrom('incidents').selectAll().where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  if (!row?.resolved_at) return undefined;
  return { ...view(row), resolvedAt: row.resolved_at };
}
