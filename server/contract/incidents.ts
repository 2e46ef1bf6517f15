import * as z from 'zod/mini';

// Known problems ("e-mail delivery is delayed") shown in the widget before a visitor writes in.

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

export const Incident = z.object({
  id: z.string(),
  title: z.string(),
  channel: z.nullable(z.string()),
  url: z.nullable(z.string()),
  startedAt: z.string(),
});
export type Incident = z.infer<typeof Incident>;

/** `GET /api/incidents`: the site's unresolved incidents, newest first. */
export const IncidentsResponse = z.object({
  incidents: z.array(Incident),
});
export type IncidentsResponse = z.infer<typeof IncidentsResponse>;

/** `POST /api/incidents/:id/resolve` (staff): the incident as resolved. */
export const ResolvedIncident = z.extend(Incident, { resolvedAt: z.string() });
export type ResolvedIncident = z.infer<typeof ResolvedIncident>;
