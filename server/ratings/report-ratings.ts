import type { Context, Handler } from 'hono';
import * as z from 'zod/mini';
import type { ApiDeps } from '../api/deps';
import type { FieldError } from '../contract/problem';
import { RatingsReportQuery } from '../contract/ratings';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { fieldErrors } from '../http/validate-json';
import { buildRatingsReport } from './report/build-ratings-report';
import { parsePeriod } from './report/report-period';

export const RATINGS_REPORT_PATH = '/staff/reports/ratings';

/**
 * `GET /api/staff/reports/ratings?from=YYYY-MM-DD&to=YYYY-MM-DD[&site=id]`, behind requireStaff:
 * the ratings report for days in the settings' time zone. A bad query value is a 400 naming it.
 *
 * @example routes.get(RATINGS_REPORT_PATH, requireStaff(deps.settings), reportRatings(deps));
 */
export function reportRatings({ db, settings, clock }: ApiDeps): Handler<ApiEnv, typeof RATINGS_REPORT_PATH> {
  const siteIds = new Set(settings.sites.map((site) => site.id));
  return async (c) => {
    const query = z.safeParse(RatingsReportQuery, c.req.query());
    if (!query.success) return invalidQuery(c, fieldErrors(query.error));
    const { site } = query.data;
    if (site !== undefined && !siteIds.has(site)) return invalidQuery(c, [{ field: 'site', message: 'is not one of the configured sites' }]);
    const now = clock.now();
    const parsed = parsePeriod(query.data, settings.timeZone, now);
    if (!parsed.ok) return invalidQuery(c, parsed.errors);
    return c.json(await buildRatingsReport(db, settings, parsed.period, site, now), 200);
  };
}

function invalidQuery(c: Context, errors: FieldError[]): Response {
  return problem(c, 400, 'invalid-query', 'Some query parameters are not valid.', errors);
}
