import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';
import type { Settings } from '../settings/settings';
import { bearerToken } from '../tickets/find-ticket';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Lets a request through only with a staff member's bearer token, and sets `c.var.staff`.
 * Tokens are compared as digests in constant time, so timing tells nothing about a guess.
 *
 * @example staff.use('*', requireStaff(deps.settings));
 */
export function requireStaff(settings: Settings): MiddlewareHandler<ApiEnv> {
  const members = settings.staff.map((member) => ({ member, digest: digest(member.token) }));
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    const given = token ? digest(token) : undefined;
    const found = given && members.find((candidate) => timingSafeEqual(candidate.digest, given));
    if (!found) {
      return problem(c, 401, 'staff-token-required', 'A staff token is required: Authorization: Bearer <token>.', [{ field: 'Authorization', message: 'is missing or not a staff token' }], {
        'WWW-Authenticate': 'Bearer',
      });
    }
    c.set('staff', found.member);
    await next();
  };
}
