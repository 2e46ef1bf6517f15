import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema';
import type { ReportScope } from './report-scope';
import { ratio } from './ratio';

export interface ResolutionSummary {
  firstContactResolution: { solved: number; withinOneReply: number; share: number | null };
  ticketsSolvedByVisitor: number;
}

/**
 * Tickets solved in the period and still solved: how many took at most one staff reply up to
 * solving (first-contact resolution), and how many the visitor solved themselves (deflection).
 *
 * @example const { firstContactResolution, ticketsSolvedByVisitor } = await resolutionSummary(db, scope);
 */
export async function resolutionSummary(db: Kysely<Database>, scope: ReportScope): Promise<ResolutionSummary> {
  const solved = db
    .selectFrom('tickets as t')
    .leftJoin('messages as m', (join) =>
      join.onRef('m.ticket_id', '=', 't.id').on('m.author', '=', 'staff').on('m.internal', '=', 0).onRef('m.created_at', '<=', 't.solved_at'),
    )
    .where('t.status', '=', 'solved')
    .where('t.solved_at', '>=', scope.start)
    .where('t.solved_at', '<', scope.end)
    .$if(scope.siteId !== undefined, (query) => query.where('t.site_id', '=', scope.siteId!))
    .groupBy(['t.id', 't.solved_by'])
    .select((eb) => ['t.solved_by', eb.fn.count<number | string>('m.id').as('replies')]);

  const row = await db
    .selectFrom(solved.as('s'))
    .select((eb) => [
      eb.fn.countAll<number | string>().as('solved'),
      eb.fn.sum<number | string>(eb.case().when('s.replies', '<=', 1).then(1).else(0).end()).as('withinOneReply'),
      eb.fn.sum<number | string>(eb.case().when('s.solved_by', '=', 'visitor').then(1).else(0).end()).as('byVisitor'),
    ])
    .executeTakeFirstOrThrow();

  // SUM over no rows is NULL, hence the `?? 0`.
  const solvedCount = Number(row.solved);
  const withinOneReply = Number(row.withinOneReply ?? 0);
  return {
    firstContactResolution: { solved: solvedCount, withinOneReply, share: ratio(withinOneReply, solvedCount) },
    ticketsSolvedByVisitor: Number(row.byVisitor ?? 0),
  };
}
