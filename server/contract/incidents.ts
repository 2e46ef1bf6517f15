import * as z from 'zod/mini';

// Known problems ("e-mail delivery is delayed") shown in the widget before a visitor writes in.

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
