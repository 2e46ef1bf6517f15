import type { Context } from 'hono';
import { IDENTITY_HEADERS } from '../contract/channels';
import type { Site } from '../settings/site';
import { verifyIdentity, type VerifiedIdentity } from './verify-identity';

/**
 * The verified identity a GET carries in `X-Identity-Email`, `X-Identity-Plan` and
 * `X-Identity-Signature` (a GET has no body for the `identity` object), or null: missing, partial
 * or wrongly signed headers make the visitor anonymous, never an error.
 *
 * @example const identity = identityFromHeaders(c, c.var.site);
 */
export function identityFromHeaders(c: Context, site: Site): VerifiedIdentity | null {
  const email = c.req.header(IDENTITY_HEADERS.email);
  const plan = c.req.header(IDENTITY_HEADERS.plan);
  const signature = c.req.header(IDENTITY_HEADERS.signature);
  if (!email || !plan || !signature) return null;
  return verifyIdentity(site, { email: email.trim(), plan: plan.trim(), signature: signature.trim() });
}
