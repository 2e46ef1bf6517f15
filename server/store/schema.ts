/**
 * The tables, as Kysely sees them. One schema for SQLite and PostgreSQL, so it keeps to types both
 * store the same way: text (ids are UUIDs, times are UTC ISO-8601 strings, which sort as times),
 * integer (flags are 0/1) and text holding JSON.
 */
export interface Database {
  tickets: TicketsTable;
  ticket_tokens: TicketTokensTable;
  messages: MessagesTable;
  idempotency_keys: IdempotencyKeysTable;
  reply_ratings: ReplyRatingsTable;
  csat: CsatTable;
  article_votes: ArticleVotesTable;
  saved_replies: SavedRepliesTable;
  incidents: IncidentsTable;
  queue_times: QueueTimesTable;
  rate_limits: RateLimitsTable;
}

export interface TicketsTable {
  id: string;
  site_id: string;
  /** What people read out and type: `K7F-93QD`. Unique. */
  reference: string;
  name: string;
  email: string;
  /** Lower-cased e-mail, for look-ups ("resend my links", rate limits, duplicates). */
  email_key: string;
  subject: string;
  category: string;
  urgent_reason: string | null;
  locale: string;
  page_url: string | null;
  /** JSON array of "locale/slug". */
  viewed_articles: string;
  search_text: string | null;
  /** The plan from a verified identity; null when the visitor is anonymous. */
  plan: string | null;
  identity_verified: number;
  /** open | waiting (on the customer) | solved */
  status: string;
  /** visitor | staff, once solved */
  solved_by: string | null;
  created_at: string;
  updated_at: string;
  solved_at: string | null;
  first_reply_at: string | null;
  last_customer_at: string;
  last_staff_at: string | null;
  /** Customer messages since the last staff reply (the first message counts). */
  unanswered: number;
  /** Seq of the last message the visitor marked read; staff replies after it are unread. */
  visitor_read_seq: number;
}

/** Access tokens, stored only as SHA-256 hashes. A ticket may have several (one per "resend my links"). */
export interface TicketTokensTable {
  token_hash: string;
  ticket_id: string;
  created_at: string;
}

export interface MessagesTable {
  id: string;
  ticket_id: string;
  /** visitor | staff */
  author: string;
  staff_id: string | null;
  body: string;
  /** 1 for a staff-only internal note. */
  internal: number;
  created_at: string;
  /** Order within the ticket, from 1. */
  seq: number;
}

export interface IdempotencyKeysTable {
  site_id: string;
  key: string;
  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  request_hash: string;
  ticket_id: string;
  created_at: string;
}

export interface ReplyRatingsTable {
  message_id: string;
  ticket_id: string;
  staff_id: string | null;
  /** hearts | stars */
  style: string;
  /** 1 for a heart (0 taken back); 1-5 stars. */
  value: number;
  created_at: string;
  updated_at: string;
}

export interface CsatTable {
  ticket_id: string;
  site_id: string;
  score: number;
  comment: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArticleVotesTable {
  site_id: string;
  locale: string;
  slug: string;
  visitor_id: string;
  helpful: number;
  search_text: string | null;
  created_at: string;
  updated_at: string;
}

export interface SavedRepliesTable {
  id: string;
  title: string;
  body: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface IncidentsTable {
  id: string;
  site_id: string;
  title: string;
  /** Channel the incident affects (email, chat, ...), or null for everything. */
  channel: string | null;
  url: string | null;
  started_at: string;
  resolved_at: string | null;
  created_by: string;
}

/** Queue times pushed by the contact-centre system, per channel. */
export interface QueueTimesTable {
  channel_id: string;
  wait_seconds: number;
  reported_at: string;
}

/** Fixed-window counters shared by every server process (so limits hold behind a load balancer). */
export interface RateLimitsTable {
  bucket: string;
  window_start: string;
  count: number;
}
