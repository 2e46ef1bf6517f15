import * as z from 'zod/mini';

// Staff-only request bodies, apart from the incident responses the widget reads, so the widget's
// bundle does not carry schemas it never uses.

/** `POST /api/incidents` (staff). `channel` names the channel affected (none: everything). */
export const CreateIncident = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')),
  channel: z.optional(z.nullable(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'a channel id such as "email"')))),
  /** A status page or announcement about it. */
  url: z.optional(z.nullable(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https URL' }).check(z.maxLength(2000, 'must be at most 2000 characters')))),
  /** When it began (ISO-8601 with a zone); default: now. */
  startedAt: z.optional(z.iso.datetime({ offset: true, error: 'must be a date-time such as 2026-11-23T09:30:00Z' })),
});
export type CreateIncident = z.infer<typeof CreateIncident>;
