import * as z from 'zod/mini';

// What the visitor's ticket endpoints take and answer beyond tickets.ts: the Idempotency-Key
// header, reopening, an added message and "resend my links".

/**
 * The `Idempotency-Key` header of `POST /api/tickets`: 1-200 printable ASCII characters, the same
 * on every retry of one submission (the widget sends a UUID it keeps with the draft).
 */
export const IdempotencyKey = z.string().check(z.regex(/^[\x20-\x7E]{1,200}$/, '1-200 printable characters'));
export type IdempotencyKey = z.infer<typeof IdempotencyKey>;

/** Body of `POST /api/tickets/:ref/reopen`; the body itself may be left out. */
export const ReopenTicket = z.strictObject({
  message: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(10_000, 'must be at most 10000 characters'))),
});
export type ReopenTicket = z.infer<typeof ReopenTicket>;

/** Answer to `POST /api/tickets/:ref/messages` (201). */
export const MessageAdded = z.object({ id: z.string(), createdAt: z.string() });
export type MessageAdded = z.infer<typeof MessageAdded>;

/**
 * Answer to `POST /api/tickets/resend-links` (202): the same whether or not the address has
 * tickets, so the endpoint cannot be used to learn who wrote in.
 */
export const ResendLinksAccepted = z.object({ detail: z.string() });
export type ResendLinksAccepted = z.infer<typeof ResendLinksAccepted>;

/**
 * Body of `POST /api/tickets/:ref/read`: the visitor has seen the conversation up to and including
 * the message `upTo` (the last one the widget showed, so a reply that arrived meanwhile stays
 * unread). The marker only moves forward. Answers 204.
 */
export const MarkRead = z.strictObject({ upTo: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(100, 'must be at most 100 characters')) });
export type MarkRead = z.infer<typeof MarkRead>;
