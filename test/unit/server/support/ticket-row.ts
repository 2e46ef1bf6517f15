import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { TicketsTable } from '../../../../server/store/schema';

/**
 * A complete tickets row for tests that write the store directly: an open, unanswered ticket
 * created at `created_at`, with whatever the test sets in `overrides`.
 *
 * @example await db.insertInto('tickets').values(ticketRow({ reference: 'K7F-93QD', status: 'solved' })).execute();
 */
export function ticketRow(overrides: Partial<Insertable<TicketsTable>> & Pick<Insertable<TicketsTable>, 'reference'>): Insertable<TicketsTable> {
  const id = overrides.id ?? randomUUID();
  const createdAt = overrides.created_at ?? '2026-11-23T09:00:00.000Z';
  const email = overrides.email ?? `visitor-${id}@example.com`;
  return {
    id,
    site_id: 'kestrel',
    name: 'Vera Visitor',
    email,
    email_key: email.toLowerCase(),
    subject: 'My site is slow',
    category: 'website',
    urgent_reason: null,
    locale: 'en',
    page_url: null,
    viewed_articles: '[]',
    search_text: null,
    plan: null,
    identity_verified: 0,
    status: 'open',
    solved_by: null,
    created_at: createdAt,
    updated_at: createdAt,
    solved_at: null,
    first_reply_at: null,
    last_customer_at: createdAt,
    last_staff_at: null,
    unanswered: 1,
    visitor_read_seq: 0,
    ...overrides,
  };
}
