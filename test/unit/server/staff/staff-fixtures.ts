import { randomUUID } from 'node:crypto';
import type { Connection } from '../../../../server/store/database';
import { fakeClock, STAFF_TOKEN, testApp, testSettings } from '../support/test-app';

// Tickets and visitor messages go through the real visitor endpoints; staff calls carry the
// staff token. Rate limits are raised: these tests write far more than one visitor would.

export const ASHLEY_TOKEN = 'staff-token-ashley-0123456789abcdef01234567';

/** The real app with a second staff member and rate limits out of the way. */
export function staffTestApp(connection: Connection, clock = fakeClock()) {
  const settings = testSettings({
    staff: [
      { id: 'anna', name: 'Anna', token: STAFF_TOKEN },
      { id: 'ashley', name: 'Ashley', token: ASHLEY_TOKEN },
    ],
    limits: { perIp: { max: 1_000_000 }, perEmail: { max: 1_000_000 } },
  });
  const app = testApp(connection, { settings, clock });
  const { request } = app;

  /** A staff request: JSON in, JSON out. */
  const staff = (path: string, init: RequestInit & { json?: unknown } = {}, token = STAFF_TOKEN) =>
    request(`/api/staff${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

  /** Opens a ticket as a visitor would; fails loudly unless it is a 201. */
  const openTicket = async (overrides: Record<string, unknown> = {}) => {
    const body = { name: 'Ida Visitor', email: `ida-${randomUUID().slice(0, 8)}@example.com`, subject: 'Mail is down', message: 'Nothing arrives since 07:00.', category: 'email', locale: 'en', ...overrides };
    const response = await request('/api/tickets', { method: 'POST', json: body, headers: { 'Idempotency-Key': randomUUID() } });
    if (response.status !== 201) throw new Error(`ticket not created: ${response.status} ${await response.text()}`);
    const { reference, token } = (await response.json()) as { reference: string; token: string };
    return { reference, token };
  };

  /** A visitor writes again on their ticket; fails loudly unless it is a 201. */
  const visitorWrites = async (ticket: { reference: string; token: string }, message = 'Any news?') => {
    const response = await request(`/api/tickets/${ticket.reference}/messages`, { method: 'POST', json: { message }, headers: { Authorization: `Bearer ${ticket.token}` } });
    if (response.status !== 201) throw new Error(`message not added: ${response.status} ${await response.text()}`);
  };

  /** A staff reply; fails loudly unless it is a 201. */
  const reply = async (reference: string, json: Record<string, unknown> = { body: 'We are on it.' }) => {
    const response = await staff(`/tickets/${reference}/replies`, { method: 'POST', json });
    if (response.status !== 201) throw new Error(`reply not added: ${response.status} ${await response.text()}`);
    return response.json();
  };

  /** Every page of the queue, walked with the cursor. */
  const wholeQueue = async (limit?: number) => {
    const items: QueueItemLike[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams();
      if (limit) query.set('limit', String(limit));
      if (cursor) query.set('cursor', cursor);
      const response = await staff(`/queue?${query}`);
      if (response.status !== 200) throw new Error(`queue: ${response.status} ${await response.text()}`);
      const page = (await response.json()) as { total: number; items: QueueItemLike[]; nextCursor: string | null };
      items.push(...page.items);
      totals.push(page.total);
      cursor = page.nextCursor;
    } while (cursor);
    return { items, totals };
  };

  return { ...app, staff, openTicket, visitorWrites, reply, wholeQueue };
}

export interface QueueItemLike {
  reference: string;
  urgentReason: string | null;
  status: string;
  waitingSince: string;
  customerMessagesSinceReply: number;
  escalated: boolean;
  createdAt: string;
  plan: string | null;
}
