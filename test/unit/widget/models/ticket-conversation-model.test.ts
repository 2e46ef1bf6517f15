import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, TicketAccess } from '../../../../widget/client/api-client';
import { ApiError } from '../../../../widget/client/api-error';
import { createConversationModel } from '../../../../widget/models/ticket-conversation-model';
import { fakeApiClient } from '../support/fake-api-client';
import { staffMessage, ticketView, visitorMessage } from '../support/ticket-view';

const access: TicketAccess = { reference: 'K7F-93QD', token: 'secret' };
const offline = () => new ApiError({ status: 0, type: 'network', detail: 'offline' });

function setup(calls: Partial<ApiClient>) {
  const client = fakeApiClient({ markRead: vi.fn(async () => undefined), ...calls });
  const onTicket = vi.fn();
  const onGone = vi.fn();
  const emit = vi.fn();
  const model = createConversationModel({ loadClient: async () => client, emit, onTicket, onGone });
  return { client, model, onTicket, onGone, emit };
}

describe('createConversationModel', () => {
  it('shows the ticket and tells the server it was read up to its last message', async () => {
    const ticket = ticketView({ unreadReplies: 1, messages: [visitorMessage('m1'), staffMessage('m2')] });
    const { model, client, onTicket } = setup({ ticket: async () => ticket });
    await model.show(access);
    expect(model.state.value).toEqual({ status: 'ready', ticket });
    await vi.waitFor(() => expect(client.markRead).toHaveBeenCalledWith(access, { upTo: 'm2' }));
    expect(onTicket).toHaveBeenLastCalledWith({ ...ticket, unreadReplies: 0 });
  });

  it('marks read only once for the same last message, and again when a new one arrives', async () => {
    let messages = [visitorMessage('m1'), staffMessage('m2')];
    const { model, client } = setup({ ticket: async () => ticketView({ messages }) });
    await model.show(access);
    await model.reload();
    messages = [...messages, staffMessage('m3')];
    await model.reload();
    await vi.waitFor(() => expect(client.markRead).toHaveBeenCalledTimes(2));
    expect(client.markRead).toHaveBeenLastCalledWith(access, { upTo: 'm3' });
  });

  it('sends the reply, clears the box and shows the conversation with it', async () => {
    const messages = [visitorMessage('m1')];
    const addMessage = vi.fn(async () => (messages.push(visitorMessage('m2', 'More detail')), { id: 'm2', createdAt: '2026-12-01T11:00:00.000Z' }));
    const { model } = setup({ ticket: async () => ticketView({ messages: [...messages] }), addMessage });
    await model.show(access);
    model.draft.value = '  More detail  ';
    await model.send();
    expect(addMessage).toHaveBeenCalledWith(access, { message: 'More detail' });
    expect(model.draft.value).toBe('');
    expect(model.reply.value).toEqual({ status: 'sent' });
    expect(model.state.value).toMatchObject({ status: 'ready', ticket: { messages: [{ id: 'm1' }, { id: 'm2' }] } });
  });

  it('reopens a solved ticket with the message instead of adding it', async () => {
    const reopen = vi.fn(async () => ticketView({ status: 'open' }));
    const { model } = setup({ ticket: async () => ticketView({ status: 'solved' }), reopen });
    await model.show(access);
    model.draft.value = 'It broke again';
    await model.send();
    expect(reopen).toHaveBeenCalledWith(access, { message: 'It broke again' });
    expect(model.state.value).toMatchObject({ ticket: { status: 'open' } });
  });

  it('keeps the text when sending fails, says why, and sends it on the retry', async () => {
    let online = false;
    const addMessage = vi.fn(async () => {
      if (!online) throw offline();
      return { id: 'm2', createdAt: '2026-12-01T11:00:00.000Z' };
    });
    const { model } = setup({ ticket: async () => ticketView(), addMessage });
    await model.show(access);
    model.draft.value = 'Still broken';
    await model.send();
    expect(model.draft.value).toBe('Still broken');
    expect(model.reply.value).toEqual({ status: 'error', reason: 'offline' });
    expect(model.state.value.status).toBe('ready');
    online = true;
    await model.send();
    expect(model.draft.value).toBe('');
    expect(addMessage).toHaveBeenCalledTimes(2);
  });

  it('sends a reply whose answer was lost only once when the visitor sends it again', async () => {
    const messages = [visitorMessage('m1')];
    let answers = false;
    const addMessage = vi.fn(async () => {
      messages.push(visitorMessage('m2', 'Still broken'));
      if (!answers) throw offline();
      return { id: 'm2', createdAt: '2026-12-01T11:00:00.000Z' };
    });
    const { model } = setup({ ticket: async () => ticketView({ messages: [...messages] }), addMessage });
    await model.show(access);
    model.draft.value = 'Still broken';
    await model.send();
    expect(model.reply.value).toEqual({ status: 'error', reason: 'offline' });
    answers = true;
    await model.send();
    expect(addMessage).toHaveBeenCalledTimes(1);
    expect(model.draft.value).toBe('');
    expect(model.state.value).toMatchObject({ ticket: { messages: [{ id: 'm1' }, { id: 'm2', body: 'Still broken' }] } });
  });

  it('refuses an empty or overlong reply before asking the server, and passes the server’s field message on', async () => {
    const addMessage = vi.fn(async () => {
      throw new ApiError({ status: 422, type: 'invalid-body', detail: 'Some fields are missing', errors: [{ field: 'message', message: 'must not be empty' }] });
    });
    const { model } = setup({ ticket: async () => ticketView(), addMessage });
    await model.show(access);
    model.draft.value = '   ';
    await model.send();
    expect(model.reply.value).toEqual({ status: 'error', reason: 'empty' });
    model.draft.value = 'x'.repeat(10_001);
    await model.send();
    expect(model.reply.value).toEqual({ status: 'error', reason: 'too-long' });
    expect(addMessage).not.toHaveBeenCalled();
    model.setDraft('Hello');
    expect(model.reply.value).toEqual({ status: 'idle' });
    await model.send();
    expect(model.reply.value).toEqual({ status: 'error', reason: 'invalid', detail: 'must not be empty' });
  });

  it('says the ticket is gone and lets the list forget it when the server answers 404', async () => {
    const { model, onGone } = setup({
      ticket: async () => {
        throw new ApiError({ status: 404, type: 'ticket-not-found', detail: 'No such ticket' });
      },
    });
    await model.show(access);
    expect(model.state.value).toEqual({ status: 'gone' });
    expect(onGone).toHaveBeenCalledWith('K7F-93QD');
  });

  it('solves the ticket, and shows an error it can retry when that fails', async () => {
    let fails = true;
    const solve = vi.fn(async () => {
      if (fails) throw offline();
      return ticketView({ status: 'solved' });
    });
    const { model } = setup({ ticket: async () => ticketView(), solve });
    await model.show(access);
    await model.solve();
    expect(model.action.value).toBe('error');
    expect(model.state.value).toMatchObject({ ticket: { status: 'open' } });
    fails = false;
    await model.solve();
    expect(model.action.value).toBe('idle');
    expect(model.state.value).toMatchObject({ ticket: { status: 'solved' } });
  });

  it('drops the draft when another ticket opens, and ignores an answer for the ticket left behind', async () => {
    let release: (ticket: ReturnType<typeof ticketView>) => void = () => undefined;
    const other: TicketAccess = { reference: 'M2P-4RST', token: 'other' };
    const { model } = setup({
      ticket: (target) => (target.reference === access.reference ? new Promise((resolve) => (release = resolve)) : Promise.resolve(ticketView({ reference: other.reference }))),
    });
    const slow = model.show(access);
    model.draft.value = 'half written';
    await model.show(other);
    expect(model.draft.value).toBe('');
    release(ticketView());
    await slow;
    expect(model.state.value).toMatchObject({ ticket: { reference: 'M2P-4RST' } });
  });
});
