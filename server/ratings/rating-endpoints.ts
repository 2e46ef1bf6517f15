import { ArticleVote, Csat, RateReply, RateTicket, RatingsReport, RatingsReportQuery, ReplyRating, VoteArticle } from '../contract/ratings';
import type { Endpoint } from '../openapi/endpoint';

/**
 * The ratings API as the OpenAPI document describes it, from the same schemas the routes enforce.
 *
 * @example buildDocument([...TICKET_ENDPOINTS, ...RATING_ENDPOINTS], info)
 */
export const RATING_ENDPOINTS: Endpoint[] = [
  {
    method: 'put',
    path: '/tickets/{ref}/messages/{messageId}/rating',
    summary: "Rate a staff reply in the site's style (hearts: 1, or 0 to take it back; stars: 1-5); rating again changes it",
    auth: 'ticket-token',
    body: RateReply,
    success: { status: 200, description: 'The rating as stored', schema: ReplyRating },
    errors: [400, 404, 413, 415, 422, 429],
  },
  {
    method: 'put',
    path: '/tickets/{ref}/csat',
    summary: 'Rate a solved ticket 1-5 with an optional comment; rating again replaces it (409 unless solved)',
    auth: 'ticket-token',
    body: RateTicket,
    success: { status: 200, description: 'The CSAT as stored', schema: Csat },
    errors: [400, 404, 409, 413, 415, 422, 429],
  },
  {
    method: 'put',
    path: '/articles/votes',
    summary: 'Say whether an article helped; one vote per visitor id per article, changed by voting again',
    auth: 'none',
    body: VoteArticle,
    success: { status: 200, description: 'The vote as stored', schema: ArticleVote },
    errors: [400, 403, 413, 415, 422, 429],
  },
  {
    method: 'get',
    path: '/staff/reports/ratings',
    summary: "Reply ratings per staff member, CSAT, article votes, first-contact resolution, deflection and response times for days in the settings' time zone (default the last 30)",
    auth: 'staff',
    query: RatingsReportQuery,
    success: { status: 200, description: 'The report', schema: RatingsReport },
    errors: [400, 401],
  },
];
