import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import { PushQueueTime } from '../contract/channel-requests';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import { readJson } from '../http/validate-json';
import { identityFromHeaders } from '../identity/identity-from-headers';
import { bearerToken } from '../tickets/find-ticket';
import { cachedEmailQueue } from './cached-email-queue';
import { channelStates } from './channel-states';
import { savePushedQueueTime } from './pushed-queue-time';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `/api/channels`: `GET /` lists the channels with opening state and queue times (identity in
 * the X-Identity-* headers shows VIP-only channels); `PUT /:id/queue-time` is how the
 * contact-centre system reports a chat, phone or social queue, with
 * `Authorization: Bearer <contactCentreToken>`.
 *
 * @example api.route('/channels', channelRoutes(deps));
 */
export function channelRoutes(deps: ApiDeps) {
  const { db, settings, clock } = deps;
  const centreDigest = settings.contactCentreToken ? digest(settings.contactCentreToken) : undefined;
  const emailQueue = cachedEmailQueue(db, settings);
  const routes = new Hono<ApiEnv>();

  routes.get('/', async (c) => {
    const body = await channelStates(db, settings, clock.now(), identityFromHeaders(c, c.var.site), emailQueue);
    return c.json(body, 200, { 'Cache-Control': 'no-store', Vary: 'Origin, X-Identity-Email, X-Identity-Plan, X-Identity-Signature' });
  });

  routes.put('/:id/queue-time', async (c) => {
    const token = bearerToken(c.req.header('Authorization'));
    if (!centreDigest || !token || !timingSafeEqual(digest(token), centreDigest)) {
      return problem(c, 401, 'contact-centre-token-required', 'The contact-centre token is required: Authorization: Bearer <token>.', [{ field: 'Authorization', message: 'is missing or not the contact-centre token' }], { 'WWW-Authenticate': 'Bearer' });
    }
    const channel = settings.channels.find((candidate) => candidate.id === c.req.param('id'));
    if (!channel) return problem(c, 404, 'channel-not-found', `No channel "${c.req.param('id')}" is configured.`);
    if (channel.kind === 'email') {
      return problem(c, 409, 'queue-time-computed', 'The e-mail queue time is computed from tickets; it cannot be pushed.');
    }
    const body = await readJson(c, PushQueueTime);
    if (!body.ok) return body.response;
    await savePushedQueueTime(db, channel.id, body.value.waitSeconds, clock.now());
    return c.body(null, 204);
  });

  return routes;
}
