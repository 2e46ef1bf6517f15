import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import { percentile } from './percentile';
import type { ReportScope } from './report-scope';
import { ratio } from './ratio';

export interface ResponseTimeSummary {
  replied: number;
  medianFirstReplySeconds: number | null;
  p90FirstReplySeconds: number | null;
  slaFirstReplyHours: number;
  withinSla: number | null;
}

/**
 * Time to first staff reply for the tickets that came in during the period. The SLA share counts
 * tickets answered in time against those answered late or still waiting past the SLA at `now`;
 * a ticket still waiting inside its SLA is not decided yet and counts for neither.
 *
 * @example const times = await responseTimes(db, scope, 8, clock.now());
 */
export async function responseTimes(db: Kysely<Database>, scope: ReportScope, slaHours: number, now: Date): Promise<ResponseTimeSummary> {
  const rows = await db
    .selectFrom('tickets as t')
    .leftJoin('messages as m', (join) => join.onRef('m.ticket_id', '=', 't.id').on('m.author', '=', 'staff').on('m.internal', '=', 0))
    .where('t.created_at', '>=', scope.start)
    .where('t.created_at', '<', scope.end)
    .$if(scope.siteId !== undefined, (query) => query.where('t.site_id', '=', scope.siteId!))
    .groupBy(['t.id', 't.created_at'])
    .select((eb) => ['t.created_at', eb.fn.min('m.created_at').as('first_reply_at')])
    .execute();

  const slaMs = slaHours * 3_600_000;
  const waits: number[] = [];
  let inTime = 0;
  let late = 0;
  for (const row of rows) {
    const created = Date.parse(row.created_at);
    if (row.first_reply_at === null) {
      if (now.getTime() - created > slaMs) late += 1;
      continue;
    }
    const wait = Date.parse(row.first_reply_at) - created;
    waits.push(Math.round(wait / 1000));
    if (wait <= slaMs) inTime += 1;
    else late += 1;
  }
  waits.sort((a, b) => a - b);
  return {
    replied: waits.length,
    medianFirstReplySeconds: percentile(waits, 0.5) ?? null,
    p90FirstReplySeconds: percentile(waits, 0.9) ?? null,
    slaFirstReplyHours: slaHours,
    withinSla: ratio(inTime, inTime + late),
  };
}
