import * as z from 'zod/mini';
import { localeCode } from './published';

// The ticket API as both sides see it. strictObject everywhere a visitor writes: a field the API
// does not take is refused, so nobody can set what only the server or staff may set.

/** Characters of a ticket reference: no 0/O, 1/I/L, so it can be read out over the phone. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TicketReference = z.string().check(z.regex(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/, 'a ticket reference such as K7F-93QD'));

export const TICKET_CATEGORIES = ['email', 'domains', 'website', 'billing', 'account', 'other'] as const;
export const TicketCategory = z.enum(TICKET_CATEGORIES);

export const URGENT_REASONS = ['site-down', 'email-down', 'security'] as const;
export const UrgentReason = z.enum(URGENT_REASONS);

export const TICKET_STATUSES = ['open', 'waiting', 'solved'] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));

/** A verified identity the host site passes along: HMAC-SHA256 over e-mail and plan with the site's secret. */
export const SignedIdentity = z.strictObject({
  email: z.email().check(z.maxLength(254)),
  plan: z.string().check(z.minLength(1), z.maxLength(60)),
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a hex HMAC-SHA256')),
});
export type SignedIdentity = z.infer<typeof SignedIdentity>;

export const CreateTicket = z.strictObject({
  name: text(100),
  email: z.email('must be an e-mail address').check(z.maxLength(254)),
  subject: text(200),
  message: text(10_000),
  category: TicketCategory,
  /** Set only when the visitor marks the ticket urgent, with why. */
  urgent: z.optional(z.nullable(UrgentReason)),
  locale: localeCode,
  pageUrl: z.optional(z.httpUrl().check(z.maxLength(2000))),
  /** Articles the visitor opened before writing in, as "locale/slug". */
  viewedArticles: z.optional(z.array(z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?\/[a-z0-9-]{1,120}$/, 'must be "locale/slug"'))).check(z.maxLength(50))),
  searchText: z.optional(z.string().check(z.maxLength(500))),
  identity: z.optional(SignedIdentity),
  /** A field humans never see: anything in it marks the sender as a bot. */
  website: z.optional(z.string().check(z.maxLength(0, 'must be empty'))),
});
export type CreateTicket = z.infer<typeof CreateTicket>;

export const TicketCreated = z.object({
  reference: TicketReference,
  /** The visitor's secret for looking the ticket up: shown once, stored by the server only as a hash. */
  token: z.string(),
  status: TicketStatus,
  createdAt: z.string(),
  /** When the first reply is expected, from the e-mail queue; null when the server cannot tell. */
  expectedReplyAt: z.nullable(z.string()),
});
export type TicketCreated = z.infer<typeof TicketCreated>;

export const TicketMessage = z.object({
  id: z.string(),
  author: z.enum(['visitor', 'staff']),
  /** The staff member's display name, or the visitor's name. */
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** The visitor's rating of a staff reply (hearts: 1; stars: 1-5), null if not rated. */
  rating: z.nullable(z.int()),
});
export type TicketMessage = z.infer<typeof TicketMessage>;

export const TicketView = z.object({
  reference: TicketReference,
  status: TicketStatus,
  subject: z.string(),
  category: TicketCategory,
  createdAt: z.string(),
  updatedAt: z.string(),
  expectedReplyAt: z.nullable(z.string()),
  /** How this site rates replies. */
  ratingStyle: z.enum(['hearts', 'stars']),
  messages: z.array(TicketMessage),
  /**
   * Staff replies after the last message the visitor marked read (`POST /tickets/{ref}/read`),
   * on any device: what the launcher's unread badge counts.
   */
  unreadReplies: z.int(),
  csat: z.nullable(z.object({ score: z.int(), comment: z.nullable(z.string()) })),
});
export type TicketView = z.infer<typeof TicketView>;

export const AddMessage = z.strictObject({ message: text(10_000), website: z.optional(z.string().check(z.maxLength(0, 'must be empty'))) });
export type AddMessage = z.infer<typeof AddMessage>;

export const ResendLinks = z.strictObject({ email: z.email('must be an e-mail address').check(z.maxLength(254)) });
export type ResendLinks = z.infer<typeof ResendLinks>;
