import type { Kysely } from 'kysely';
import type { CsatSummary } from '../../contract/ratings';
import type { Database } from '../../store/schema';
import type { ReportScope } from './report-scope';
import { ratio } from './ratio';

/**
 * CSAT given in the period (by when it was first given; a changed score counts as it is now).
 *
 * @example const csat = await csatSummary(db, scope); // { average: 4.2, count: 10, distribution: {...}, comments: 3 }
 */
export async function csatSummary(db: Kysely<Database>, scope: ReportScope): Promise<CsatSummary> {
  const rows = await db
    .selectFrom('csat')
    .where('created_at', '>=', scope.start)
    .where('created_at', '<', scope.end)
    .$if(scope.siteId !== undefined, (query) => query.where('site_id', '=', scope.siteId!))
    .groupBy('score')
    .select((eb) => ['score', eb.fn.countAll<number | string>().as('count'), eb.fn.count<number | string>('comment').as('comments')])
    .execute();

  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let count = 0;
  let points = 0;
  let comments = 0;
  for (const row of rows) {
    const key = String(row.score);
    if (!(key in distribution)) continue;
    distribution[key as keyof typeof distribution] = Number(row.count);
    count += Number(row.count);
    points += row.score * Number(row.count);
    comments += Number(row.comments);
  }
  return { average: ratio(points, count), count, distribution, comments };
}
