import type { TicketMessage, TicketView } from '../../../../server/contract/tickets';

/**
 * A ticket as `GET /api/tickets/{ref}` answers it, for model tests: one visitor message, then
 * whatever `messages` and fields the test gives.
 *
 * @example ticketView({ unreadReplies: 1, messages: [visitorMessage('m1'), staffMessage('m2')] })
 */
export function ticketView(fields: Partial<TicketView> = {}): TicketView {
  return {
    reference: 'K7F-93QD',
    status: 'open',
    subject: 'Mail bounces',
    category: 'email',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
    expectedReplyAt: null,
    ratingStyle: 'hearts',
    messages: [visitorMessage('m1')],
    unreadReplies: 0,
    csat: null,
    ...fields,
  };
}

export const visitorMessage = (id: string, body = 'It bounces'): TicketMessage => ({ id, author: 'visitor', authorName: 'Ada', body, createdAt: '2026-12-01T09:00:00.000Z', rating: null });
export const staffMessage = (id: string, rating: number | null = null): TicketMessage => ({ id, author: 'staff', authorName: 'Anna', body: 'Fixed', createdAt: '2026-12-01T10:00:00.000Z', rating });
