import * as z from 'zod/mini';
import { localeCode } from './published';

// Ratings as both sides see them: a visitor rates staff replies and the solved ticket, and votes
// articles helpful or not; staff read the aggregates. Every request body is a strictObject, so a
// field the API does not take is refused.

export const RATING_STYLES = ['hearts', 'stars'] as const;
export const RatingStyle = z.enum(RATING_STYLES);
export type RatingStyle = z.infer<typeof RatingStyle>;

/**
 * `PUT /api/tickets/:ref/messages/:messageId/rating`. What `value` may be depends on the site's
 * rating style: hearts 1 (a heart) or 0 (taken back); stars 1 to 5. The server checks that.
 */
export const RateReply = z.strictObject({
  value: z.int('must be a whole number'),
});
export type RateReply = z.infer<typeof RateReply>;

/** The visitor's rating of one staff reply, as stored: one per reply, changed by rating again. */
export const ReplyRating = z.object({
  messageId: z.string(),
  style: RatingStyle,
  value: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReplyRating = z.infer<typeof ReplyRating>;

/** `PUT /api/tickets/:ref/csat`: the visitor's rating of a solved ticket (customer satisfaction). */
export const RateTicket = z.strictObject({
  score: z.int('must be a whole number').check(z.gte(1, 'must be 1 to 5'), z.lte(5, 'must be 1 to 5')),
  comment: z.optional(z.string().check(z.trim(), z.maxLength(2000, 'must be at most 2000 characters'))),
});
export type RateTicket = z.infer<typeof RateTicket>;

/** The ticket's CSAT as stored; a blank or missing comment is null. */
export const Csat = z.object({
  score: z.int(),
  comment: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Csat = z.infer<typeof Csat>;

export const articleSlug = z.string().check(z.regex(/^[a-z0-9-]{1,120}$/, 'an article slug such as "reset-password"'));

/** `PUT /api/articles/votes`: was this article helpful? One vote per visitor per article, changeable. */
export const VoteArticle = z.strictObject({
  locale: localeCode,
  slug: articleSlug,
  /** A random UUID the widget keeps in the visitor's browser: it says "the same visitor", not who. */
  visitorId: z.uuid('must be a UUID'),
  helpful: z.boolean('must be true or false'),
  /** What the visitor searched for before opening the article. */
  searchText: z.optional(z.string().check(z.maxLength(500, 'must be at most 500 characters'))),
});
export type VoteArticle = z.infer<typeof VoteArticle>;

export const ArticleVote = z.object({
  locale: localeCode,
  slug: z.string(),
  helpful: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ArticleVote = z.infer<typeof ArticleVote>;

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-11-01'));

/**
 * Query of `GET /api/staff/reports/ratings`. Dates are days in the settings' time zone, both
 * included; by default the last 30 days up to today. `site` limits the report to one site.
 */
export const RatingsReportQuery = z.object({
  from: z.optional(day),
  to: z.optional(day),
  site: z.optional(z.string()),
});
export type RatingsReportQuery = z.infer<typeof RatingsReportQuery>;

/** Reply ratings of one staff member, or of everyone (`overall`). Averages have two decimals. */
export const ReplyRatingSummary = z.object({
  /** Staff replies written in the period (internal notes excluded). */
  replies: z.int(),
  /** Hearts standing on those replies (taken-back hearts do not count). */
  hearts: z.int(),
  /** Star ratings of those replies, and their average (null without any). */
  stars: z.int(),
  starsAverage: z.nullable(z.number()),
  /** Ratings standing: hearts plus star ratings. */
  count: z.int(),
});
export type ReplyRatingSummary = z.infer<typeof ReplyRatingSummary>;

export const StaffRatingSummary = z.extend(ReplyRatingSummary, { staffId: z.string(), name: z.string() });
export type StaffRatingSummary = z.infer<typeof StaffRatingSummary>;

export const CsatSummary = z.object({
  average: z.nullable(z.number()),
  count: z.int(),
  /** How many gave each score, "1" to "5". */
  distribution: z.record(z.enum(['1', '2', '3', '4', '5']), z.int()),
  /** How many left a comment. */
  comments: z.int(),
});
export type CsatSummary = z.infer<typeof CsatSummary>;

export const ArticleVoteSummary = z.object({
  locale: z.string(),
  slug: z.string(),
  helpful: z.int(),
  notHelpful: z.int(),
  /** Share of votes that said helpful, 0 to 1, two decimals. */
  score: z.number(),
});
export type ArticleVoteSummary = z.infer<typeof ArticleVoteSummary>;

export const FirstContactResolution = z.object({
  /** Tickets solved in the period (and still solved). */
  solved: z.int(),
  /** Of those, solved with at most one staff reply. */
  withinOneReply: z.int(),
  /** withinOneReply / solved, two decimals; null when nothing was solved. */
  share: z.nullable(z.number()),
});

export const Deflection = z.object({
  /** Tickets solved in the period by the visitor themselves. */
  ticketsSolvedByVisitor: z.int(),
  /** Articles voted helpful in the period. */
  helpfulVotes: z.int(),
});

export const ResponseTimes = z.object({
  /** Tickets created in the period that have had a staff reply. */
  replied: z.int(),
  /** Nearest-rank percentiles of the time from the ticket to its first staff reply; null without any. */
  medianFirstReplySeconds: z.nullable(z.int()),
  p90FirstReplySeconds: z.nullable(z.int()),
  slaFirstReplyHours: z.number(),
  /**
   * Share of the period's tickets answered within the SLA, two decimals, out of those answered
   * plus those still unanswered past it (a ticket still inside its SLA is not decided yet).
   */
  withinSla: z.nullable(z.number()),
});

/**
 * `GET /api/staff/reports/ratings`. Each figure counts by its own moment: reply ratings by when
 * the reply was written, CSAT and article votes by when first given (a changed vote keeps its
 * moment and takes its new value), resolution and deflection by when the ticket was solved,
 * response times by when the ticket came in.
 */
export const RatingsReport = z.object({
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  site: z.nullable(z.string()),
  replies: z.object({ perStaff: z.array(StaffRatingSummary), overall: ReplyRatingSummary }),
  csat: CsatSummary,
  articles: z.array(ArticleVoteSummary),
  firstContactResolution: FirstContactResolution,
  deflection: Deflection,
  responseTimes: ResponseTimes,
});
export type RatingsReport = z.infer<typeof RatingsReport>;
