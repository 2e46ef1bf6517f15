import * as z from 'zod/mini';
import { TicketCategory, TicketReference, TicketStatus, UrgentReason } from './tickets';

// The staff API under /api/staff: the queue, a ticket as staff see it, replies, notes, status
// changes and saved replies. strictObject on every body, so a field the API does not take is refused.

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** Query of `GET /api/staff/queue`: a page size and the cursor of the page before. */
export const QueueQuery = z.object({
  /** How many tickets to return at most (default 100). */
  limit: z.optional(z.coerce.number().check(z.int('must be a whole number'), z.minimum(1, 'must be at least 1'), z.maximum(500, 'must be at most 500'))),
  /** `nextCursor` of the page before; leave out for the first page. */
  cursor: z.optional(z.string().check(z.maxLength(1000))),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

/** One ticket waiting for staff. */
export const QueueItem = z.object({
  reference: TicketReference,
  siteId: z.string(),
  name: z.string(),
  subject: z.string(),
  category: TicketCategory,
  urgentReason: z.nullable(UrgentReason),
  status: TicketStatus,
  /** The plan from the visitor's verified identity; null when anonymous. */
  plan: z.nullable(z.string()),
  createdAt: z.string(),
  /** When the ticket started waiting for staff: its oldest customer message since the last staff reply. */
  waitingSince: z.string(),
  customerMessagesSinceReply: z.int(),
  /** The customer has written more than three times without a reply. */
  escalated: z.boolean(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/**
 * Answer to `GET /api/staff/queue`: every open ticket, urgent ones first, then first in, first
 * out. `total` counts them all; when `nextCursor` is not null there are more after this page.
 */
export const Queue = z.object({
  total: z.int(),
  items: z.array(QueueItem),
  nextCursor: z.nullable(z.string()),
});
export type Queue = z.infer<typeof Queue>;

/** A message as staff see it: internal notes included and flagged. */
export const StaffMessage = z.object({
  id: z.string(),
  seq: z.int(),
  author: z.enum(['visitor', 'staff']),
  staffId: z.nullable(z.string()),
  /** The staff member's name, or the visitor's. */
  authorName: z.string(),
  body: z.string(),
  /** A note only staff see. */
  internal: z.boolean(),
  createdAt: z.string(),
  /** The visitor's rating of this staff reply, null if not rated. */
  rating: z.nullable(z.object({ style: z.enum(['hearts', 'stars']), value: z.int() })),
});
export type StaffMessage = z.infer<typeof StaffMessage>;

/** Answer to `GET /api/staff/tickets/:ref`: every field of the ticket, its messages and its rating. */
export const StaffTicket = z.object({
  reference: TicketReference,
  siteId: z.string(),
  status: TicketStatus,
  subject: z.string(),
  category: TicketCategory,
  urgentReason: z.nullable(UrgentReason),
  name: z.string(),
  email: z.string(),
  locale: z.string(),
  pageUrl: z.nullable(z.string()),
  viewedArticles: z.array(z.string()),
  searchText: z.nullable(z.string()),
  plan: z.nullable(z.string()),
  identityVerified: z.boolean(),
  solvedBy: z.nullable(z.enum(['visitor', 'staff'])),
  createdAt: z.string(),
  updatedAt: z.string(),
  solvedAt: z.nullable(z.string()),
  firstReplyAt: z.nullable(z.string()),
  lastCustomerAt: z.string(),
  lastStaffAt: z.nullable(z.string()),
  /** As in the queue; null unless the ticket is open. */
  waitingSince: z.nullable(z.string()),
  customerMessagesSinceReply: z.int(),
  escalated: z.boolean(),
  messages: z.array(StaffMessage),
  csat: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()), createdAt: z.string(), updatedAt: z.string() })),
});
export type StaffTicket = z.infer<typeof StaffTicket>;

/**
 * Body of `POST /api/staff/tickets/:ref/replies`. `body` may be left out when `savedReplyId`
 * names a saved reply: its body is sent. `status` is what the ticket becomes (default waiting).
 */
export const StaffReply = z.strictObject({
  body: z.optional(text(10_000)),
  status: z.optional(z.enum(['waiting', 'solved'])),
  savedReplyId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type StaffReply = z.infer<typeof StaffReply>;

/** Body of `POST /api/staff/tickets/:ref/notes`: a note only staff see. */
export const StaffNote = z.strictObject({ body: text(10_000) });
export type StaffNote = z.infer<typeof StaffNote>;

/** Body of `PATCH /api/staff/tickets/:ref`. */
export const StatusChange = z.strictObject({ status: TicketStatus });
export type StatusChange = z.infer<typeof StatusChange>;

/** Body of `POST` and `PUT /api/staff/saved-replies`. */
export const SavedReplyInput = z.strictObject({ title: text(200), body: text(10_000) });
export type SavedReplyInput = z.infer<typeof SavedReplyInput>;

/** A saved reply, so every agent gives the same answer to the same question. */
export const SavedReply = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedReply = z.infer<typeof SavedReply>;

/** Answer to `GET /api/staff/saved-replies`, by title. */
export const SavedReplyList = z.object({ items: z.array(SavedReply) });
export type SavedReplyList = z.infer<typeof SavedReplyList>;
