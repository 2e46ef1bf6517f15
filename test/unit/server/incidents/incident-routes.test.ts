import { describe, expect, it } from 'vitest';
import type { Incident, IncidentsResponse } from '../../../../server/contract/incidents';
import { describeEachStore } from '../support/each-store';
import { SITE_ORIGIN, STAFF_TOKEN, fakeClock, testApp, testSettings } from '../support/test-app';

const OTHER_ORIGIN = 'https://shop.other.test';
const settings = testSettings({
  sites: [
    { id: 'kestrel', name: 'Kestrel', origins: [SITE_ORIGIN] },
    { id: 'other', name: 'Other', origins: [OTHER_ORIGIN] },
  ],
  channels: [
    { id: 'email', kind: 'email', label: 'E-mail' },
    { id: 'chat', kind: 'chat', label: 'Chat' },
  ],
});
const staff = { Authorization: `Bearer ${STAFF_TOKEN}` };

describeEachStore('incident routes', (connection) => {
  function app() {
    const context = testApp(connection(), { settings, clock: fakeClock('2026-11-23T10:00:00Z') });
    const open = async (json: unknown, origin = SITE_ORIGIN) => {
      const response = await context.request('/api/incidents', { method: 'POST', json, headers: { ...staff, Origin: origin } });
      expect(response.status).toBe(201);
      return (await response.json()) as Incident;
    };
    const list = async (origin = SITE_ORIGIN) => {
      const response = await context.request('/api/incidents', { headers: { Origin: origin } });
      expect(response.status).toBe(200);
      return ((await response.json()) as IncidentsResponse).incidents;
    };
    return { ...context, open, list };
  }

  describe('POST /api/incidents', () => {
    it('records an incident that starts now by default', async () => {
      const incident = await app().open({ title: 'E-mail delivery is delayed', channel: 'email', url: 'https://status.kestrel.test/1' });
      expect(incident).toEqual({ id: expect.any(String), title: 'E-mail delivery is delayed', channel: 'email', url: 'https://status.kestrel.test/1', startedAt: '2026-11-23T10:00:00.000Z' });
    });

    it('keeps a start time given with an offset, in UTC', async () => {
      const incident = await app().open({ title: 'Chat is down', startedAt: '2026-11-23T09:15:00+01:00' });
      expect(incident).toMatchObject({ channel: null, url: null, startedAt: '2026-11-23T08:15:00.000Z' });
    });

    it('refuses a request without a staff token', async () => {
      const { request } = app();
      const response = await request('/api/incidents', { method: 'POST', json: { title: 'Nope' } });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ field: 'Authorization' }] });
    });

    it.each([
      ['an http link', { title: 'Slow', url: 'http://status.kestrel.test' }, 'url'],
      ['an empty title', { title: '  ' }, 'title'],
      ['a channel that is not configured', { title: 'Slow', channel: 'fax' }, 'channel'],
      ['a start that is not a date-time', { title: 'Slow', startedAt: 'yesterday' }, 'startedAt'],
      ['a field it does not take', { title: 'Slow', resolvedAt: '2026-11-23T10:00:00Z' }, 'resolvedAt'],
    ])('refuses %s with a 422 naming the field', async (_name, json, field) => {
      const { request } = app();
      const response = await request('/api/incidents', { method: 'POST', json, headers: staff });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ errors: [{ field }] });
    });
  });

  describe('GET /api/incidents', () => {
    it('lists the active incidents of the site, newest first', async () => {
      const { open, list } = app();
      const older = await open({ title: 'Older', startedAt: '2026-11-20T08:00:00Z' });
      const newer = await open({ title: 'Newer', startedAt: '2026-11-23T07:00:00Z' });
      const listed = await list();
      expect(listed.map((incident) => incident.id).filter((id) => id === older.id || id === newer.id)).toEqual([newer.id, older.id]);
      expect(listed.find((incident) => incident.id === newer.id)).toEqual(newer);
    });

    it("does not list another site's incidents", async () => {
      const { open, list } = app();
      const elsewhere = await open({ title: 'Only on the other site' }, OTHER_ORIGIN);
      expect((await list()).map((incident) => incident.id)).not.toContain(elsewhere.id);
      expect((await list(OTHER_ORIGIN)).map((incident) => incident.id)).toContain(elsewhere.id);
    });
  });

  describe('POST /api/incidents/:id/resolve', () => {
    it('resolves an incident, which then disappears from the list', async () => {
      const { open, list, request, clock } = app();
      const incident = await open({ title: 'Phones are down' });
      clock.advance(30 * 60_000);
      const response = await request(`/api/incidents/${incident.id}/resolve`, { method: 'POST', headers: staff });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ...incident, resolvedAt: '2026-11-23T10:30:00.000Z' });
      expect((await list()).map((listed) => listed.id)).not.toContain(incident.id);
    });

    it('keeps the first resolution time when resolved twice', async () => {
      const { open, request, clock } = app();
      const incident = await open({ title: 'Resolved twice' });
      await request(`/api/incidents/${incident.id}/resolve`, { method: 'POST', headers: staff });
      clock.advance(60_000);
      const again = await request(`/api/incidents/${incident.id}/resolve`, { method: 'POST', headers: staff });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ resolvedAt: '2026-11-23T10:00:00.000Z' });
    });

    it('refuses to resolve without a staff token', async () => {
      const { open, list, request } = app();
      const incident = await open({ title: 'Still on' });
      const response = await request(`/api/incidents/${incident.id}/resolve`, { method: 'POST' });
      expect(response.status).toBe(401);
      expect((await list()).map((listed) => listed.id)).toContain(incident.id);
    });

    it("answers 404 for an unknown id or another site's incident", async () => {
      const { open, request } = app();
      const elsewhere = await open({ title: 'Other site' }, OTHER_ORIGIN);
      for (const id of ['no-such-incident', elsewhere.id]) {
        const response = await request(`/api/incidents/${id}/resolve`, { method: 'POST', headers: staff });
        expect(response.status).toBe(404);
      }
    });
  });
});
