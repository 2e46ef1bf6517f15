import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { requireStaff } from '../staff/require-staff';
import { RATE_REPLY_PATH, rateReply } from './rate-reply';
import { RATE_TICKET_PATH, rateTicket } from './rate-ticket';
import { RATINGS_REPORT_PATH, reportRatings } from './report-ratings';
import { VOTE_ARTICLE_PATH, voteArticle } from './vote-article';

/**
 * Ratings, mounted at the API's root (so paths are full): reply ratings and CSAT with the
 * ticket's token, article votes from any visitor of the site, and the team's report.
 *
 * @example api.route('/', ratingRoutes(deps));
 */
export function ratingRoutes(deps: ApiDeps) {
  const routes = new Hono<ApiEnv>();
  routes.put(RATE_REPLY_PATH, rateReply(deps));
  routes.put(RATE_TICKET_PATH, rateTicket(deps));
  routes.put(VOTE_ARTICLE_PATH, voteArticle(deps));
  routes.get(RATINGS_REPORT_PATH, requireStaff(deps.settings), reportRatings(deps));
  return routes;
}
