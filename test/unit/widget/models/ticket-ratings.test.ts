import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, TicketAccess } from '../../../../widget/client/api-client';
import { ApiError } from '../../../../widget/client/api-error';
import { createConversationModel } from '../../../../widget/models/ticket-conversation-model';
import { fakeApiClient } from '../support/fake-api-client';
import { staffMessage, ticketView, visitorMessage } from '../support/ticket-view';

const access: TicketAccess = { reference: 'K7F-93QD', token: 'secret' };
const saved = { createdAt: '2026-12-01T12:00:00.000Z', updatedAt: '2026-12-01T12:00:00.000Z' };

async function setup(calls: Partial<ApiClient>, ticket = ticketView({ messages: [visitorMessage('m1'), staffMessage('m2')] })) {
  const emit = vi.fn();
  const client = fakeApiClient({ ticket: async () => ticket, markRead: async () => undefined, ...calls });
  const conversation = createConversationModel({ loadClient: async () => client, emit, onTicket: () => undefined, onGone: () => undefined });
  await conversation.show(access);
  const rating = () => (conversation.state.value.status === 'ready' ? conversation.state.value.ticket.messages.find((message) => message.id === 'm2')?.rating : undefined);
  return { conversation, ratings: conversation.ratings, emit, rating };
}

describe('createTicketRatings', () => {
  it('shows a heart at once and tells the host page once the server has it', async () => {
    let answer: () => void = () => undefined;
    const rateReply = vi.fn((_access: TicketAccess, messageId: string, value: number) => new Promise<never>((resolve) => (answer = () => resolve({ messageId, style: 'hearts', value, ...saved } as never))));
    const { ratings, emit, rating } = await setup({ rateReply });
    const done = ratings.rateReply('m2', 1);
    expect(rating()).toBe(1);
    expect(emit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(rateReply).toHaveBeenCalled());
    answer();
    await done;
    expect(rateReply).toHaveBeenCalledWith(access, 'm2', 1);
    expect(emit).toHaveBeenCalledWith('rated', { target: 'reply', reference: 'K7F-93QD', style: 'hearts', value: 1 });
  });

  it('takes a rating back and names the reply when the server refuses it', async () => {
    const rateReply = vi.fn(async () => {
      throw new ApiError({ status: 0, type: 'network', detail: 'offline' });
    });
    const { ratings, emit, rating } = await setup({ rateReply }, ticketView({ messages: [staffMessage('m2', 3)], ratingStyle: 'stars' }));
    await ratings.rateReply('m2', 5);
    expect(rating()).toBe(3);
    expect(ratings.replyError.value).toBe('m2');
    expect(emit).not.toHaveBeenCalled();
  });

  it('lets the newest rating of a reply stand when an older one fails after it', async () => {
    const answers: Record<number, { resolve(): void; reject(): void }> = {};
    const rateReply = vi.fn(
      (_access: TicketAccess, messageId: string, value: number) =>
        new Promise((resolve, reject) => (answers[value] = { resolve: () => resolve({ messageId, style: 'stars', value, ...saved }), reject: () => reject(new Error('offline')) })),
    ) as unknown as ApiClient['rateReply'];
    const { ratings, rating } = await setup({ rateReply }, ticketView({ messages: [staffMessage('m2')], ratingStyle: 'stars' }));
    const older = ratings.rateReply('m2', 3);
    const newer = ratings.rateReply('m2', 4);
    await vi.waitFor(() => expect(Object.keys(answers)).toHaveLength(2));
    answers[4]!.resolve();
    await newer;
    answers[3]!.reject();
    await older;
    expect(rating()).toBe(4);
    expect(ratings.replyError.value).toBeNull();
  });

  it('sends the CSAT with its comment, shows it stored, and tells the host page', async () => {
    const rateTicket = vi.fn(async () => ({ score: 5, comment: 'Quick', ...saved }));
    const { conversation, ratings, emit } = await setup({ rateTicket }, ticketView({ status: 'solved' }));
    await ratings.rateTicket(5, '  Quick ');
    expect(rateTicket).toHaveBeenCalledWith(access, { score: 5, comment: 'Quick' });
    expect(ratings.csat.value).toBe('saved');
    expect(conversation.state.value).toMatchObject({ ticket: { csat: { score: 5, comment: 'Quick' } } });
    expect(emit).toHaveBeenCalledWith('rated', { target: 'ticket', reference: 'K7F-93QD', style: 'stars', value: 5 });
  });

  it('leaves a blank comment out and reports a failed CSAT', async () => {
    const rateTicket = vi.fn(async () => {
      throw new ApiError({ status: 500, type: 'http-error', detail: 'boom' });
    });
    const { ratings } = await setup({ rateTicket }, ticketView({ status: 'solved' }));
    await ratings.rateTicket(2, '   ');
    expect(rateTicket).toHaveBeenCalledWith(access, { score: 2 });
    expect(ratings.csat.value).toBe('error');
  });
});
