import type { Kysely } from 'kysely';
import type { RatingsReport } from '../../contract/ratings';
import type { Settings } from '../../settings/settings';
import type { Database } from '../../store/schema';
import { articleVoteSummary } from './article-vote-summary';
import { csatSummary } from './csat-summary';
import { replyRatingSummary } from './reply-rating-summary';
import type { ReportPeriod } from './report-period';
import { resolutionSummary } from './resolution-summary';
import { responseTimes } from './response-times';

/**
 * The team's ratings report for a period, on one site or all: every figure summed by the store
 * and finished in TypeScript, so SQLite and PostgreSQL give the same numbers.
 *
 * @example const report = await buildRatingsReport(db, settings, period, undefined, clock.now());
 */
export async function buildRatingsReport(
  db: Kysely<Database>,
  settings: Pick<Settings, 'staff' | 'timeZone' | 'slaFirstReplyHours'>,
  period: ReportPeriod,
  siteId: string | undefined,
  now: Date,
): Promise<RatingsReport> {
  const scope = { start: period.start, end: period.end, siteId };
  const [replies, csat, articles, resolution, times] = await Promise.all([
    replyRatingSummary(db, scope, settings.staff),
    csatSummary(db, scope),
    articleVoteSummary(db, scope),
    resolutionSummary(db, scope),
    responseTimes(db, scope, settings.slaFirstReplyHours, now),
  ]);
  return {
    period: { from: period.from, to: period.to, timeZone: settings.timeZone },
    site: siteId ?? null,
    replies,
    csat,
    articles,
    firstContactResolution: resolution.firstContactResolution,
    deflection: {
      ticketsSolvedByVisitor: resolution.ticketsSolvedByVisitor,
      helpfulVotes: articles.reduce((sum, article) => sum + article.helpful, 0),
    },
    responseTimes: times,
  };
}
