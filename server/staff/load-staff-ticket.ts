import type { Kysely } from 'kysely';
import type { StaffTicket } from '../contract/staff';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';
import type { TicketRow } from '../tickets/find-ticket';
import { isEscalated, waitingSince } from './queue-order';
import { staffMessageView } from './staff-message-view';

/**
 * Everything about a ticket, for staff: its fields, every message with internal notes flagged,
 * the visitor's rating of each reply, and the CSAT rating.
 *
 * @example return c.json(await loadStaffTicket(deps.db, deps.settings, ticket));
 */
export async function loadStaffTicket(db: Kysely<Database>, settings: Settings, ticket: TicketRow): Promise<StaffTicket> {
  const rows = await db
    .selectFrom('messages')
    .leftJoin('reply_ratings', 'reply_ratings.message_id', 'messages.id')
    .select(['messages.id', 'messages.seq', 'messages.author', 'messages.staff_id', 'messages.body', 'messages.internal', 'messages.created_at', 'reply_ratings.style as rating_style', 'reply_ratings.value as rating_value'])
    .where('messages.ticket_id', '=', ticket.id)
    .orderBy('messages.seq')
    .execute();
  const csat = await db.selectFrom('csat').select(['score', 'comment', 'created_at', 'updated_at']).where('ticket_id', '=', ticket.id).executeTakeFirst();
  const messages = rows.map((row) => staffMessageView(row, settings, ticket.name));
  const unanswered = Number(ticket.unanswered);
  return {
    reference: ticket.reference,
    siteId: ticket.site_id,
    status: ticket.status as StaffTicket['status'],
    subject: ticket.subject,
    category: ticket.category as StaffTicket['category'],
    urgentReason: ticket.urgent_reason as StaffTicket['urgentReason'],
    name: ticket.name,
    email: ticket.email,
    locale: ticket.locale,
    pageUrl: ticket.page_url,
    viewedArticles: parseList(ticket.viewed_articles),
    searchText: ticket.search_text,
    plan: ticket.plan,
    identityVerified: Number(ticket.identity_verified) === 1,
    solvedBy: ticket.solved_by as StaffTicket['solvedBy'],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    solvedAt: ticket.solved_at,
    firstReplyAt: ticket.first_reply_at,
    lastCustomerAt: ticket.last_customer_at,
    lastStaffAt: ticket.last_staff_at,
    waitingSince: ticket.status === 'open' ? waitingSince({ createdAt: ticket.created_at, lastStaffAt: ticket.last_staff_at }, messages) : null,
    customerMessagesSinceReply: unanswered,
    escalated: isEscalated(unanswered),
    messages,
    csat: csat ? { score: Number(csat.score), comment: csat.comment, createdAt: csat.created_at, updatedAt: csat.updated_at } : null,
  };
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
