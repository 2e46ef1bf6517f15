import type { Kysely } from 'kysely';
import type { ArticleVoteSummary } from '../../contract/ratings';
import type { Database } from '../../store/schema';
import type { ReportScope } from './report-scope';
import { ratio } from './ratio';

/**
 * Helpful and not-helpful votes per article, cast in the period (by when each visitor first
 * voted; a changed vote counts as it is now). Sorted by locale, then slug.
 *
 * @example const articles = await articleVoteSummary(db, scope); // [{ locale: 'en', slug: 'dns', helpful: 3, notHelpful: 1, score: 0.75 }]
 */
export async function articleVoteSummary(db: Kysely<Database>, scope: ReportScope): Promise<ArticleVoteSummary[]> {
  const rows = await db
    .selectFrom('article_votes')
    .where('created_at', '>=', scope.start)
    .where('created_at', '<', scope.end)
    .$if(scope.siteId !== undefined, (query) => query.where('site_id', '=', scope.siteId!))
    .groupBy(['locale', 'slug'])
    .select((eb) => ['locale', 'slug', eb.fn.countAll<number | string>().as('votes'), eb.fn.sum<number | string>('helpful').as('helpful')])
    .execute();

  return rows
    .map((row) => {
      const helpful = Number(row.helpful);
      const votes = Number(row.votes);
      return { locale: row.locale, slug: row.slug, helpful, notHelpful: votes - helpful, score: ratio(helpful, votes) ?? 0 };
    })
    // Sorted here, not in SQL: PostgreSQL's collation would order text unlike SQLite's.
    .sort((a, b) => compare(a.locale, b.locale) || compare(a.slug, b.slug));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
