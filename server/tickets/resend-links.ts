import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { ticketLinksMail } from '../mail/ticket-links-mail';
import type { Mailer } from '../mail/mailer';
import type { Site } from '../settings/site';
import type { Database } from '../store/schema';
import { addAccessToken } from './add-access-token';
import { ticketLink } from './ticket-link';

/** At most this many tickets, newest first, go into one e-mail. */
export const RESEND_LIMIT = 20;

/**
 * Mails an address fresh links to its tickets on a site, in one message; does nothing for an
 * address without tickets. Never throws for a mail that cannot be sent (it is logged without the
 * address), so the caller's answer is the same either way and tells nobody who wrote in.
 *
 * @example await resendLinks({ db, mailer, logger }, site, 'ada@example.com', now);
 */
export async function resendLinks(deps: { db: Kysely<Database>; mailer: Mailer; logger: Logger }, site: Site, email: string, now: Date): Promise<void> {
  const tickets = await deps.db
    .selectFrom('tickets')
    .select(['id', 'reference', 'subject', 'status', 'page_url', 'name', 'email'])
    .where('site_id', '=', site.id)
    .where('email_key', '=', email.toLowerCase())
    .orderBy('created_at', 'desc')
    .orderBy('reference')
    .limit(RESEND_LIMIT)
    .execute();
  const newest = tickets[0];
  if (!newest) return;
  const links = await deps.db.transaction().execute(async (trx) => {
    const made = [];
    for (const ticket of tickets) {
      const token = await addAccessToken(trx, ticket.id, now);
      made.push({ reference: ticket.reference, subject: ticket.subject, status: ticket.status, url: ticketLink(site, ticket, token) });
    }
    return made;
  });
  try {
    await deps.mailer.send(ticketLinksMail({ to: newest.email, name: newest.name, siteName: site.name, links }));
    deps.logger.info({ site: site.id, tickets: links.length }, 'ticket links mailed');
  } catch (error) {
    deps.logger.error({ site: site.id, reason: error instanceof Error ? error.name : 'unknown' }, 'ticket links could not be mailed');
  }
}
