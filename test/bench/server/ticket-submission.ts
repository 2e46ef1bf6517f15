import { randomUUID } from 'node:crypto';
import type { CreateTicket } from '../../../server/contract/tickets';
import { SITE_ORIGIN } from './server-settings';

export type SubmissionHeaders = { Origin: string; 'Content-Type': string; 'Idempotency-Key': string; 'X-Forwarded-For': string };

export interface TicketSubmission {
  idempotencyKey: string;
  email: string;
  body: CreateTicket;
  /** What a browser behind the trusted proxy sends. */
  headers: SubmissionHeaders;
}

/** The n-th address of 10.0.0.0/8: one visitor each, for the per-IP rate limit. */
const visitorAddress = (n: number) => `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

/**
 * The n-th distinct visitor's ticket submission: its own Idempotency-Key, e-mail and address.
 * `run` keeps e-mails apart between runs on one database.
 *
 * @example
 *   const { body, headers } = ticketSubmission(7, 'run1');
 *   await fetch(`${url}/api/tickets`, { method: 'POST', headers, body: JSON.stringify(body) });
 */
export function ticketSubmission(n: number, run = randomUUID().slice(0, 8)): TicketSubmission {
  const email = `visitor-${run}-${n}@example.com`;
  const idempotencyKey = randomUUID();
  const body: CreateTicket = {
    name: `Visitor ${n}`,
    email,
    subject: `My site shows an error (${n})`,
    message: 'Since this morning every page of my shop answers 500. I changed nothing. Can you look at it?',
    category: 'website',
    urgent: n % 5 === 0 ? 'site-down' : null,
    locale: 'en',
    pageUrl: 'https://www.shop.test/help/errors',
    viewedArticles: ['en/error-500', 'en/php-version'],
    searchText: 'error 500',
  };
  const headers: SubmissionHeaders = {
    Origin: SITE_ORIGIN,
    'Content-Type': 'application/json',
    'Idempotency-Key': idempotencyKey,
    'X-Forwarded-For': visitorAddress(n),
  };
  return { idempotencyKey, email, body, headers };
}
