import type { Mail } from './mailer';

export interface TicketLink {
  reference: string;
  subject: string;
  status: string;
  url: string;
}

const STATUS: Record<string, string> = { open: 'waiting for us', waiting: 'waiting for your answer', solved: 'solved' };

/**
 * The "resend my links" e-mail: one message listing every ticket of the address on the site,
 * newest first, each with a link that opens it. Plain text, so nothing a visitor wrote (the
 * subjects) can turn into markup.
 *
 * @example await mailer.send(ticketLinksMail({ to: 'ada@example.com', name: 'Ada', siteName: 'Kestrel', links }));
 */
export function ticketLinksMail({ to, name, siteName, links }: { to: string; name: string; siteName: string; links: TicketLink[] }): Mail {
  const list = links.map((link) => `${link.reference}  ${link.subject} (${STATUS[link.status] ?? link.status})\n${link.url}`).join('\n\n');
  const text = [
    `Hello ${name},`,
    `you asked for the links to your support tickets at ${siteName}. Each link opens the ticket in the help window on our site:`,
    list,
    'Anyone with one of these links can read that ticket, so please keep them to yourself. Links we sent you before keep working.',
    'If you did not ask for this e-mail, you can ignore it.',
  ].join('\n\n');
  return { to, subject: `Your support tickets at ${siteName}`, text };
}
