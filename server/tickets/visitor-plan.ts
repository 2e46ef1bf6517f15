import type { FieldError } from '../contract/problem';
import type { CreateTicket } from '../contract/tickets';
import { verifyIdentity } from '../identity/verify-identity';
import type { Site } from '../settings/site';

/**
 * The plan the server may trust for a submission: from an identity the host site signed, and only
 * when the ticket is written from that same address. An identity that does not verify is not an
 * error: the visitor is simply anonymous (plan null). A verified identity for another address
 * than the ticket's is refused, naming the `identity` field.
 *
 * @example
 *   const plan = visitorPlan(c.var.site, body);
 *   if (!plan.ok) return problem(c, 422, 'identity-mismatch', undefined, [plan.error]);
 */
export function visitorPlan(site: Site, body: Pick<CreateTicket, 'email' | 'identity'>): { ok: true; plan: string | null } | { ok: false; error: FieldError } {
  if (!body.identity) return { ok: true, plan: null };
  const verified = verifyIdentity(site, body.identity);
  if (!verified) return { ok: true, plan: null };
  if (verified.email.toLowerCase() !== body.email.toLowerCase()) {
    return { ok: false, error: { field: 'identity', message: 'is signed for another e-mail address than the ticket' } };
  }
  return { ok: true, plan: verified.plan };
}
