import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelsResponse } from '../../../../server/contract/channels';
import { describeEachStore } from '../support/each-store';
import { CONTACT_CENTRE_TOKEN, IDENTITY_SECRET, STAFF_TOKEN, fakeClock, testApp, testSettings } from '../support/test-app';
import { clearQueueData, seedTicket } from './seed-tickets';

const WEEKDAYS = ['09:00-17:00'];
const OFFICE = { mon: WEEKDAYS, tue: WEEKDAYS, wed: WEEKDAYS, thu: WEEKDAYS, fri: WEEKDAYS };
const settings = testSettings({
  vipPlans: ['vip'],
  channels: [
    { id: 'email', kind: 'email', label: 'E-mail', href: 'mailto:support@kestrel.test', hours: OFFICE },
    { id: 'chat', kind: 'chat', label: 'Chat', href: 'https://chat.kestrel.test', hours: OFFICE, staleAfterMinutes: 15 },
    { id: 'priority-phone', kind: 'phone', label: 'Priority line', href: 'tel:+4681234567', vipOnly: true },
    { id: 'social', kind: 'social', label: 'Social', hours: { sat: ['10:00-14:00'] } },
  ],
});
// Monday 23 November 2026, 11:00 in Stockholm.
const MONDAY_11 = '2026-11-23T10:00:00Z';
const sign = (email: string, plan: string, secret = IDENTITY_SECRET) => createHmac('sha256', secret).update(`${email.toLowerCase()}\n${plan}`).digest('hex');
const identityHeaders = (email: string, plan: string, signature = sign(email, plan)) => ({ 'X-Identity-Email': email, 'X-Identity-Plan': plan, 'X-Identity-Signature': signature });

describeEachStore('channel routes', (connection) => {
  beforeEach(() => clearQueueData(connection().db));

  function app(start = MONDAY_11) {
    const clock = fakeClock(start);
    const context = testApp(connection(), { settings, clock });
    const channels = async (headers: Record<string, string> = {}) => {
      const response = await context.request('/api/channels', { headers });
      expect(response.status).toBe(200);
      return (await response.json()) as ChannelsResponse;
    };
    /** The contact-centre system calls from its server: no Origin. */
    const push = (id: string, json: unknown, token = CONTACT_CENTRE_TOKEN) =>
      context.app.request(`/api/channels/${id}/queue-time`, { method: 'PUT', body: JSON.stringify(json), headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
    return { ...context, clock, channels, push };
  }

  describe('GET /api/channels', () => {
    it('says which channels are open and when the closed ones open, as UTC instants', async () => {
      const { channels } = app();
      const body = await channels();
      expect(body.channels.map((channel) => [channel.id, channel.open, channel.nextOpenAt])).toEqual([
        ['email', true, null],
        ['chat', true, null],
        ['social', false, '2026-11-28T09:00:00.000Z'],
      ]);
      expect(body.channels[0]).toMatchObject({ kind: 'email', label: 'E-mail', href: 'mailto:support@kestrel.test', vipOnly: false });
      expect(body.channels[2]!.href).toBeNull();
    });

    it('opens the e-mail channel next on Monday morning when asked on Saturday evening', async () => {
      const { channels } = app('2026-11-28T18:00:00Z');
      const email = (await channels()).channels.find((channel) => channel.id === 'email')!;
      expect(email).toMatchObject({ open: false, nextOpenAt: '2026-11-30T08:00:00.000Z' });
    });

    it('reports the e-mail queue as live from recent first replies', async () => {
      await seedTicket(connection().db, { createdAt: '2026-11-19T08:00:00Z', firstReplyAt: '2026-11-19T08:30:00Z', status: 'solved' });
      const email = (await app().channels()).channels.find((channel) => channel.id === 'email')!;
      expect(email).toMatchObject({ queueSeconds: 1800, queueSource: 'live' });
    });

    it('reports the e-mail queue as unknown with nothing to estimate from', async () => {
      const email = (await app().channels()).channels.find((channel) => channel.id === 'email')!;
      expect(email).toMatchObject({ queueSeconds: null, queueSource: 'unknown' });
    });
  });

  describe('PUT /api/channels/:id/queue-time', () => {
    it('stores a pushed queue time that GET then shows', async () => {
      const { push, channels } = app();
      const response = await push('chat', { waitSeconds: 90 });
      expect(response.status).toBe(204);
      expect((await channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSeconds: 90, queueSource: 'pushed' });
    });

    it('replaces the last report with the newest', async () => {
      const { push, channels } = app();
      await push('chat', { waitSeconds: 90 });
      await push('chat', { waitSeconds: 30 });
      expect((await channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSeconds: 30, queueSource: 'pushed' });
    });

    it('shows a pushed time until it is staleAfterMinutes old, then unknown', async () => {
      const { push, channels, clock } = app();
      await push('chat', { waitSeconds: 90 });
      clock.advance(15 * 60_000);
      expect((await channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSeconds: 90, queueSource: 'pushed' });
      clock.advance(1000);
      expect((await channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSeconds: null, queueSource: 'unknown' });
    });

    it('shows unknown for a channel nobody has reported on', async () => {
      expect((await app().channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSeconds: null, queueSource: 'unknown' });
    });

    it('refuses the e-mail channel, whose queue time is computed', async () => {
      const response = await app().push('email', { waitSeconds: 90 });
      expect(response.status).toBe(409);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    });

    it('answers 404 for a channel that is not configured', async () => {
      const response = await app().push('fax', { waitSeconds: 90 });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { type: string }).type).toBe('/api/problems#channel-not-found');
    });

    it.each([
      ['a staff token', STAFF_TOKEN],
      ['a wrong token', 'x'.repeat(41)],
    ])('refuses %s with a 401 problem naming Authorization', async (_name, token) => {
      const { push, channels } = app();
      const response = await push('chat', { waitSeconds: 5 }, token);
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(await response.json()).toMatchObject({ status: 401, errors: [{ field: 'Authorization' }] });
      expect((await channels()).channels.find((channel) => channel.id === 'chat')).toMatchObject({ queueSource: 'unknown' });
    });

    it('refuses a request without a token', async () => {
      const { request } = app();
      const response = await request('/api/channels/chat/queue-time', { method: 'PUT', json: { waitSeconds: 5 } });
      expect(response.status).toBe(401);
    });

    it('refuses every token when no contact-centre token is configured', async () => {
      const { contactCentreToken: _token, ...withoutToken } = settings;
      const { request } = testApp(connection(), { settings: withoutToken, clock: fakeClock(MONDAY_11) });
      const response = await request('/api/channels/chat/queue-time', { method: 'PUT', json: { waitSeconds: 5 }, headers: { Authorization: 'Bearer undefined' } });
      expect(response.status).toBe(401);
    });

    it.each([
      ['a negative wait', { waitSeconds: -1 }],
      ['a fraction of a second', { waitSeconds: 1.5 }],
      ['a string', { waitSeconds: '60' }],
      ['no wait', {}],
    ])('refuses %s with a 422 naming waitSeconds', async (_name, json) => {
      const response = await app().push('chat', json);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ errors: [{ field: 'waitSeconds' }] });
    });

    it('refuses a field it does not take', async () => {
      const response = await app().push('chat', { waitSeconds: 5, channel: 'email' });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ errors: [{ field: 'channel', message: 'is not a field this request takes' }] });
    });
  });

  describe('VIP-only channels', () => {
    const listed = async (headers: Record<string, string>) => (await app().channels(headers)).channels.map((channel) => channel.id);

    it('lists a VIP-only channel for a visitor whose signed plan is a VIP plan', async () => {
      const ids = await listed(identityHeaders('ada@example.com', 'vip'));
      expect(ids).toContain('priority-phone');
    });

    it('hides a VIP-only channel from an anonymous visitor', async () => {
      expect(await listed({})).not.toContain('priority-phone');
    });

    it('hides a VIP-only channel from a verified visitor on another plan', async () => {
      expect(await listed(identityHeaders('ada@example.com', 'basic'))).not.toContain('priority-phone');
    });

    it('hides a VIP-only channel when the plan was changed after signing', async () => {
      expect(await listed(identityHeaders('ada@example.com', 'vip', sign('ada@example.com', 'basic')))).not.toContain('priority-phone');
    });

    it('hides a VIP-only channel when signed with another secret', async () => {
      expect(await listed(identityHeaders('ada@example.com', 'vip', sign('ada@example.com', 'vip', 'not-the-site-secret-0123456789abcdef')))).not.toContain('priority-phone');
    });

    it('hides a VIP-only channel when only some identity headers are sent', async () => {
      expect(await listed({ 'X-Identity-Email': 'ada@example.com', 'X-Identity-Plan': 'vip' })).not.toContain('priority-phone');
    });
  });

  describe('recommended channel', () => {
    it('recommends the open channel with the shortest known queue', async () => {
      await seedTicket(connection().db, { createdAt: '2026-11-19T08:00:00Z', firstReplyAt: '2026-11-19T08:30:00Z', status: 'solved' });
      const { push, channels } = app();
      await push('chat', { waitSeconds: 120 });
      expect((await channels()).recommended).toBe('chat');
      await push('chat', { waitSeconds: 3600 });
      expect((await channels()).recommended).toBe('email');
    });

    it('does not recommend a closed channel, however short its queue', async () => {
      await seedTicket(connection().db, { createdAt: '2026-11-19T08:00:00Z', firstReplyAt: '2026-11-19T08:30:00Z', status: 'solved' });
      const { push, channels } = app();
      await push('social', { waitSeconds: 5 });
      const body = await channels();
      expect(body.channels.find((channel) => channel.id === 'social')).toMatchObject({ open: false, queueSeconds: 5 });
      expect(body.recommended).toBe('email');
    });

    it('recommends a VIP-only channel to a VIP when it is fastest', async () => {
      const { push, channels } = app();
      await push('chat', { waitSeconds: 120 });
      await push('priority-phone', { waitSeconds: 10 });
      expect((await channels()).recommended).toBe('chat');
      expect((await channels(identityHeaders('ada@example.com', 'vip'))).recommended).toBe('priority-phone');
    });

    it('recommends nothing when no open channel has a known queue', async () => {
      expect((await app().channels()).recommended).toBeNull();
    });
  });
});
