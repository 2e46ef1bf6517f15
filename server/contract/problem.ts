import * as z from 'zod/mini';

/** One field at fault: `field` is the dotted path in the request body ("urgent.reason"), or a header name. */
export const FieldError = z.object({
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/**
 * Every error the API answers, as `application/problem+json` (RFC 9457). `errors` lists the
 * fields at fault when the request was malformed, so the widget can show each message next to
 * its field.
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(FieldError)),
});
export type Problem = z.infer<typeof Problem>;
