import { describe, expect, it, vi } from 'vitest';
import type { TicketAccess } from '../../../../widget/client/api-client';
import { ApiError } from '../../../../widget/client/api-error';
import { createMyTicketsModel } from '../../../../widget/models/my-tickets-model';
import { createTicketStore } from '../../../../widget/models/ticket-store';
import { fakeApiClient } from '../support/fake-api-client';
import { memoryStorage } from '../support/memory-storage';
import { staffMessage, ticketView, visitorMessage } from '../support/ticket-view';

const first: TicketAccess = { reference: 'K7F-93QD', token: 'a' };
const second: TicketAccess = { reference: 'M2P-4RST', token: 'b' };

function setup(ticket: (access: TicketAccess) => Promise<ReturnType<typeof ticketView>>, remembered: TicketAccess[] = [first, second]) {
  const store = createTicketStore(memoryStorage());
  for (const access of [...remembered].reverse()) store.add(access);
  const client = fakeApiClient({ ticket: vi.fn(ticket) });
  const loadClient = vi.fn(async () => client);
  return { store, client, loadClient, model: createMyTicketsModel({ store, loadClient }) };
}

describe('createMyTicketsModel', () => {
  it('adds up the unread replies of every remembered ticket', async () => {
    const { model } = setup(async ({ reference }) =>
      ticketView({ reference, unreadReplies: reference === first.reference ? 2 : 1, messages: [visitorMessage('m1'), staffMessage('m2')] }),
    );
    expect(model.unread.value).toBe(0);
    await model.refresh();
    expect(model.unread.value).toBe(3);
    expect(model.summaries.value[second.reference]).toMatchObject({ status: 'ready', ticket: { unreadReplies: 1 } });
  });

  it('forgets a ticket the server no longer opens and keeps its reference for a note', async () => {
    const { model, store } = setup(async (access) => {
      if (access.reference === second.reference) throw new ApiError({ status: 404, type: 'ticket-not-found', detail: 'No such ticket' });
      return ticketView({ reference: access.reference });
    });
    await model.refresh();
    expect(store.list()).toEqual([first]);
    expect(model.tickets.value).toEqual([first]);
    expect(model.removed.value).toEqual([second.reference]);
    model.dismissRemoved();
    expect(model.removed.value).toEqual([]);
  });

  it('keeps what it showed when a later refresh fails, and marks a never-loaded ticket unavailable', async () => {
    let online = true;
    const { model } = setup(async ({ reference }) => {
      if (!online || reference === second.reference) throw new ApiError({ status: 0, type: 'network', detail: 'offline' });
      return ticketView({ reference, unreadReplies: 1 });
    });
    await model.refresh();
    online = false;
    await model.refresh();
    expect(model.summaries.value[first.reference]).toMatchObject({ status: 'ready' });
    expect(model.summaries.value[second.reference]).toEqual({ status: 'error' });
    expect(model.unread.value).toBe(1);
  });

  it('lists a ticket the moment the form adds it to the store', () => {
    const { model, store } = setup(async () => ticketView(), []);
    expect(model.hasTickets.value).toBe(false);
    store.add(first);
    expect(model.tickets.value).toEqual([first]);
    expect(model.hasTickets.value).toBe(true);
  });

  it('asks nothing, and loads no API client, when no ticket is remembered', async () => {
    const { model, loadClient } = setup(async () => ticketView(), []);
    await model.refresh();
    expect(loadClient).not.toHaveBeenCalled();
  });

  it('shares one round between refreshes asked for at the same time, and starts a new one after', async () => {
    const { model, client } = setup(async ({ reference }) => ticketView({ reference }), [first]);
    await Promise.all([model.refresh(), model.refresh()]);
    expect(client.ticket).toHaveBeenCalledTimes(1);
    await model.refresh();
    expect(client.ticket).toHaveBeenCalledTimes(2);
  });

  it('takes the conversation’s version of a ticket, so the badge agrees with what was read', async () => {
    const { model } = setup(async ({ reference }) => ticketView({ reference, unreadReplies: 1 }), [first]);
    await model.refresh();
    model.update(ticketView({ reference: first.reference, unreadReplies: 0 }));
    expect(model.unread.value).toBe(0);
  });
});
