import type { Kysely } from 'kysely';
import type { ReplyRatingSummary, StaffRatingSummary } from '../../contract/ratings';
import type { StaffMember } from '../../settings/staff';
import type { Database } from '../../store/schema';
import type { ReportScope } from './report-scope';
import { ratio } from './ratio';

/**
 * Reply ratings per staff member and overall, for the staff replies written in the period
 * (internal notes are not replies). A staff member no longer in the settings is named by id.
 *
 * @example const { perStaff, overall } = await replyRatingSummary(db, scope, settings.staff);
 */
export async function replyRatingSummary(
  db: Kysely<Database>,
  scope: ReportScope,
  staff: readonly StaffMember[],
): Promise<{ perStaff: StaffRatingSummary[]; overall: ReplyRatingSummary }> {
  const rows = await db
    .selectFrom('messages as m')
    .innerJoin('tickets as t', 't.id', 'm.ticket_id')
    .leftJoin('reply_ratings as r', 'r.message_id', 'm.id')
    .where('m.author', '=', 'staff')
    .where('m.internal', '=', 0)
    .where('m.staff_id', 'is not', null)
    .where('m.created_at', '>=', scope.start)
    .where('m.created_at', '<', scope.end)
    .$if(scope.siteId !== undefined, (query) => query.where('t.site_id', '=', scope.siteId!))
    .groupBy('m.staff_id')
    .select((eb) => {
      const isStars = eb('r.style', '=', 'stars');
      return [
        'm.staff_id',
        eb.fn.countAll<number | string>().as('replies'),
        eb.fn.sum<number | string>(eb.case().when(eb.and([eb('r.style', '=', 'hearts'), eb('r.value', '=', 1)])).then(1).else(0).end()).as('hearts'),
        eb.fn.sum<number | string>(eb.case().when(isStars).then(1).else(0).end()).as('stars'),
        eb.fn.sum<number | string>(eb.case().when(isStars).then(eb.ref('r.value')).else(0).end()).as('starPoints'),
      ];
    })
    .execute();

  const names = new Map(staff.map((member) => [member.id, member.name]));
  const totals = { replies: 0, hearts: 0, stars: 0, starPoints: 0 };
  const perStaff = rows
    .map((row) => {
      const counts = { replies: Number(row.replies), hearts: Number(row.hearts), stars: Number(row.stars), starPoints: Number(row.starPoints) };
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += counts[key];
      const staffId = row.staff_id!;
      return { staffId, name: names.get(staffId) ?? staffId, ...summary(counts) };
    })
    .sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  return { perStaff, overall: summary(totals) };
}

function summary({ replies, hearts, stars, starPoints }: { replies: number; hearts: number; stars: number; starPoints: number }): ReplyRatingSummary {
  return { replies, hearts, stars, starsAverage: ratio(starPoints, stars), count: hearts + stars };
}
