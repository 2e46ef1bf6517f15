import { vi } from 'vitest';
import type { TicketCreated, TicketView } from '../../../../server/contract/tickets';
import type { ApiClient } from '../../../../widget/client/api-client';
import { createDraftStore } from '../../../../widget/models/draft-store';
import { createHostContext } from '../../../../widget/models/host-context';
import { ticketFieldSchemas } from '../../../../widget/models/ticket-contract';
import { createTicketFormModel } from '../../../../widget/models/ticket-form-model';
import { createTicketStore } from '../../../../widget/models/ticket-store';
import { fakeApiClient } from './fake-api-client';
import { memoryStorage } from './memory-storage';
import { ticketView as baseTicketView, visitorMessage } from './ticket-view';

export const CREATED: TicketCreated = { reference: 'K7F-93QD', token: 'secret-1', status: 'open', createdAt: '2026-12-01T10:00:00.000Z', expectedReplyAt: '2026-12-01T12:00:00.000Z' };

/** The open ticket the duplicate-offer tests find: waiting on the visitor, one message of theirs. */
export function ticketView(overrides: Partial<TicketView> = {}): TicketView {
  return baseTicketView({
    reference: 'H4M-22KP',
    status: 'waiting',
    createdAt: '2026-11-30T10:00:00.000Z',
    updatedAt: '2026-11-30T10:00:00.000Z',
    messages: [{ ...visitorMessage('m1', 'Mail bounces since Monday'), createdAt: '2026-11-30T10:00:00.000Z' }],
    ...overrides,
  });
}

/**
 * A ticket form over a fake client, in-memory storage, a fake online flag and the global timers
 * (faked by the tests with vi.useFakeTimers), with every dependency kept for assertions.
 */
export function setupForm(calls: Partial<ApiClient> = {}, options: { storage?: ReturnType<typeof memoryStorage>; searchText?: string; keyPrefix?: string } = {}) {
  const storage = options.storage ?? memoryStorage();
  const client = fakeApiClient(calls);
  const host = createHostContext();
  const tickets = createTicketStore(storage);
  const emit = vi.fn();
  const onSent = vi.fn();
  const online = { value: true, listeners: new Set<() => void>() };
  let keys = 0;
  const form = createTicketFormModel({
    loadClient: async () => client,
    tickets,
    drafts: createDraftStore(storage),
    schemas: ticketFieldSchemas,
    host,
    context: () => ({ locale: 'en', pageUrl: 'https://www.example.com/billing', viewedArticles: ['en/pay-invoice'], searchText: options.searchText ?? '' }),
    related: (text) => (text.includes('invoice') ? [{ article: { slug: 'pay-invoice' }, catalog: { locale: 'en' } } as never] : []),
    scheduler: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    connectivity: {
      isOnline: () => online.value,
      onOnline: (listener) => (online.listeners.add(listener), () => online.listeners.delete(listener)),
    },
    newKey: () => `${options.keyPrefix ?? 'key'}-${++keys}`,
    emit,
    onSent,
  });
  const goOnline = () => {
    online.value = true;
    for (const listener of [...online.listeners]) listener();
  };
  return { form, client, host, tickets, storage, emit, onSent, online, goOnline };
}

/** Fills every required field with a valid value. */
export function fillValid(form: ReturnType<typeof setupForm>['form']) {
  form.setField('name', 'Ada Lovelace');
  form.setField('email', 'ada@example.com');
  form.setField('subject', 'Cannot pay my invoice');
  form.setField('message', 'The invoice page says error 500.');
  form.setField('category', 'billing');
}
