import { createHmac } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import type { ChannelsResponse } from '../../../server/contract/channels';
import type { Incident } from '../../../server/contract/incidents';
import { CONTACT_CENTRE_TOKEN, IDENTITY_SECRET, INCIDENT_SITE_ORIGIN, STAFF_TOKEN, WIDGET_SERVER } from './server-settings';

/**
 * The contact-centre system reports a queue time, as it would from its own server.
 *
 * @example await pushQueueTime(request, 'chat', 240);
 */
export async function pushQueueTime(request: APIRequestContext, channel: string, waitSeconds: number): Promise<void> {
  const response = await request.put(`${WIDGET_SERVER}/api/channels/${channel}/queue-time`, { data: { waitSeconds }, headers: { Authorization: `Bearer ${CONTACT_CENTRE_TOKEN}` } });
  expect(response.status(), await response.text()).toBe(204);
}

/**
 * `GET /api/channels` as the server answers it; without an Origin, for the first site.
 *
 * @example const { channels } = await channelsFor(request, signedIdentityHeaders('ada@example.com', 'vip'));
 */
export async function channelsFor(request: APIRequestContext, headers: Record<string, string> = {}): Promise<ChannelsResponse> {
  const response = await request.get(`${WIDGET_SERVER}/api/channels`, { headers });
  expect(response.status()).toBe(200);
  return (await response.json()) as ChannelsResponse;
}

/** The X-Identity-* headers of a visitor the host site signed for. */
export function signedIdentityHeaders(email: string, plan: string): Record<string, string> {
  const signature = createHmac('sha256', IDENTITY_SECRET).update(`${email.toLowerCase()}\n${plan}`).digest('hex');
  return { 'X-Identity-Email': email, 'X-Identity-Plan': plan, 'X-Identity-Signature': signature };
}

/**
 * Staff open an incident on the incident specs' own site (see server-settings.ts), run `use`,
 * and resolve it afterwards whatever happened, so no incident outlives its test.
 *
 * @example await withIncident(request, { title: 'E-mail delivery delayed' }, async (incident) => { ... });
 */
export async function withIncident(
  request: APIRequestContext,
  fields: { title: string; channel?: string; url?: string; startedAt?: string },
  use: (incident: Incident) => Promise<void>,
): Promise<void> {
  const headers = { Authorization: `Bearer ${STAFF_TOKEN}`, Origin: INCIDENT_SITE_ORIGIN };
  const created = await request.post(`${WIDGET_SERVER}/api/incidents`, { data: fields, headers });
  expect(created.status(), await created.text()).toBe(201);
  const incident = (await created.json()) as Incident;
  try {
    await use(incident);
  } finally {
    await resolveIncident(request, incident.id);
  }
}

/** Staff resolve an incident (a second call answers 200 or 404; either way it no longer shows). */
export async function resolveIncident(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.post(`${WIDGET_SERVER}/api/incidents/${id}/resolve`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}`, Origin: INCIDENT_SITE_ORIGIN } });
  expect([200, 404]).toContain(response.status());
}
