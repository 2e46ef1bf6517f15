import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignedIdentity } from '../contract/tickets';
import type { Site } from '../settings/site';

/** A visitor identity whose signature checked out: the host site vouches for this e-mail and plan. */
export interface VerifiedIdentity {
  email: string;
  plan: string;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/**
 * The exact text a host site signs: the e-mail in lower case, a line feed, the plan as is.
 *
 * @example identityMessage('Ada@Example.com', 'vip') // 'ada@example.com\nvip'
 */
export function identityMessage(email: string, plan: string): string {
  return `${email.toLowerCase()}\n${plan}`;
}

/**
 * Checks a signed visitor identity against the site's `identitySecret`.
 *
 * The signature is HMAC-SHA256, with the site's secret as key, over the canonical message
 * `${email.toLowerCase()}\n${plan}` (UTF-8), written as 64 lowercase hex digits. The comparison
 * is constant-time. Anything that does not check out — no secret on the site, a wrong or
 * tampered signature, a malformed value — gives null: the visitor is treated as anonymous, never
 * as an error.
 *
 * How the host site computes the signature (server side only; the secret never reaches the page):
 *
 * Node:
 * ```js
 * const { createHmac } = require('node:crypto');
 * const signature = createHmac('sha256', secret).update(`${email.toLowerCase()}\n${plan}`).digest('hex');
 * ```
 *
 * PHP:
 * ```php
 * $signature = hash_hmac('sha256', strtolower($email) . "\n" . $plan, $secret);
 * ```
 * (`strtolower` lowers ASCII only; e-mail addresses with non-ASCII letters should use
 * `mb_strtolower($email, 'UTF-8')`.)
 *
 * @example
 * const identity = verifyIdentity(c.var.site, body.identity); // { email, plan } or null
 * const isVip = identity !== null && settings.vipPlans.includes(identity.plan);
 */
export function verifyIdentity(site: Site, identity: SignedIdentity | null | undefined): VerifiedIdentity | null {
  const secret = site.identitySecret;
  if (!secret || !identity || typeof identity !== 'object') return null;
  const { email, plan, signature } = identity as Partial<Record<keyof SignedIdentity, unknown>>;
  if (typeof email !== 'string' || typeof plan !== 'string' || typeof signature !== 'string') return null;
  if (email.length === 0 || email.length > 254 || plan.length === 0 || plan.length > 60) return null;
  const hex = signature.toLowerCase();
  if (!HEX_SHA256.test(hex)) return null;
  const expected = createHmac('sha256', secret).update(identityMessage(email, plan), 'utf8').digest();
  const given = Buffer.from(hex, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { email: email.toLowerCase(), plan };
}
