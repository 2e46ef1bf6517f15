import type { TicketView } from '../contract/tickets';
import type { Site } from '../settings/site';
import { expectedReplyAt } from './expected-reply';
import type { TicketRow } from './find-ticket';
import type { TicketDeps } from './ticket-deps';

/**
 * What the visitor sees of a ticket: the messages both ways in order (internal notes never), each
 * staff reply with the visitor's rating of it, the CSAT given on solving, when a first reply is
 * expected, and how many staff replies came after the visitor's read marker.
 *
 * @example return c.json(await ticketView(deps, c.var.site, ticket, deps.clock.now()));
 */
export async function ticketView({ db, settings, queueWait }: Pick<TicketDeps, 'db' | 'settings' | 'queueWait'>, site: Site, ticket: TicketRow, now: Date): Promise<TicketView> {
  const messages = await db
    .selectFrom('messages')
    .leftJoin('reply_ratings', 'reply_ratings.message_id', 'messages.id')
    .select(['messages.id', 'messages.seq', 'messages.author', 'messages.staff_id', 'messages.body', 'messages.created_at', 'reply_ratings.value as rating'])
    .where('messages.ticket_id', '=', ticket.id)
    .where('messages.internal', '=', 0)
    .orderBy('messages.seq')
    .execute();
  const csat = await db.selectFrom('csat').select(['score', 'comment']).where('ticket_id', '=', ticket.id).executeTakeFirst();
  const staffNames = new Map(settings.staff.map((member) => [member.id, member.name]));
  return {
    reference: ticket.reference,
    status: ticket.status as TicketView['status'],
    subject: ticket.subject,
    category: ticket.category as TicketView['category'],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    expectedReplyAt: await expectedReplyAt(ticket, now, queueWait),
    ratingStyle: site.ratingStyle,
    messages: messages.map((message) => {
      const staff = message.author === 'staff';
      return {
        id: message.id,
        author: staff ? 'staff' : 'visitor',
        // A staff member since removed from the settings still answered on the site's behalf.
        authorName: staff ? (staffNames.get(message.staff_id ?? '') ?? site.name) : ticket.name,
        body: message.body,
        createdAt: message.created_at,
        // A heart taken back is stored as 0: not rated.
        rating: staff && message.rating !== null && Number(message.rating) >= 1 ? Number(message.rating) : null,
      };
    }),
    unreadReplies: messages.filter((message) => message.author === 'staff' && Number(message.seq) > Number(ticket.visitor_read_seq)).length,
    csat: csat ? { score: Number(csat.score), comment: csat.comment } : null,
  };
}
