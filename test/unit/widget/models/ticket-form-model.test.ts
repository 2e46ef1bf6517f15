import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateTicket } from '../../../../server/contract/tickets';
import { ApiError } from '../../../../widget/client/api-error';
import { DRAFT_STORAGE_KEY } from '../../../../widget/models/draft-store';
import { memoryStorage } from '../support/memory-storage';
import { CREATED, fillValid, setupForm, ticketView } from '../support/ticket-form-setup';

const networkDown = () => new ApiError({ status: 0, type: 'network', detail: 'Failed to fetch' });

/** A visitor presses Send, the network is down, and the page reloads: the storage it leaves. */
async function sendInterruptedByReload() {
  const storage = memoryStorage();
  const lost = setupForm({ createTicket: vi.fn().mockRejectedValue(networkDown()) }, { storage });
  lost.form.open();
  fillValid(lost.form);
  await lost.form.submit();
  await vi.waitFor(() => expect(lost.form.send.value.phase).toBe('waiting'));
  lost.form.dispose();
  return storage;
}

describe('createTicketFormModel: field messages', () => {
  it('says nothing about a field before the visitor has left it', () => {
    const { form } = setupForm();
    form.open();
    form.setField('email', 'ada@');
    expect(form.problems.value.email).toBeUndefined();
  });

  it('checks a field once left, then live as the visitor types', () => {
    const { form } = setupForm();
    form.open();
    form.setField('email', 'ada@');
    form.leaveField('email');
    expect(form.problems.value.email).toEqual({ kind: 'email' });
    form.setField('email', 'ada@example.com');
    expect(form.problems.value.email).toBeUndefined();
    form.setField('name', 'x'.repeat(101));
    form.leaveField('name');
    expect(form.problems.value.name).toEqual({ kind: 'too-long', max: 100 });
  });

  it('shows every problem after a send attempt and asks for focus on the first field at fault', async () => {
    const { form } = setupForm();
    form.open();
    form.setField('name', 'Ada');
    await form.submit();
    expect(form.problems.value).toEqual({ email: { kind: 'required' }, subject: { kind: 'required' }, message: { kind: 'required' }, category: { kind: 'choose' } });
    expect(form.focus.value).toEqual({ target: 'email' });
    expect(form.send.value.phase).toBe('editing');
  });

  it('needs a reason only while the ticket is marked urgent', async () => {
    const { form } = setupForm();
    form.open();
    fillValid(form);
    form.setField('urgent', true);
    await form.submit();
    expect(form.problems.value).toEqual({ urgentReason: { kind: 'choose' } });
    form.setField('urgent', false);
    expect(form.problems.value).toEqual({});
  });
});

describe('createTicketFormModel: prefill and draft', () => {
  it('fills in the host prefill, the verified address (locked) and the search text', () => {
    const { form, host } = setupForm({}, { searchText: 'invoice error' });
    host.prefill.value = { name: 'Ada Lovelace', subject: 'Billing' };
    host.identity.value = { email: 'ada@example.com', plan: 'vip', signature: 'a'.repeat(64) };
    form.open();
    expect(form.fields.value).toMatchObject({ name: 'Ada Lovelace', subject: 'Billing', email: 'ada@example.com', message: 'invoice error' });
    expect(form.emailLocked.value).toBe(true);
    form.setField('email', 'someone@else.example');
    expect(form.fields.value.email).toBe('ada@example.com');
  });

  it('stores nothing until the visitor types, then keeps every field', () => {
    const { form, storage, host } = setupForm({}, { searchText: 'invoice' });
    host.prefill.value = { name: 'Ada' };
    form.open();
    expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
    form.setField('urgent', true);
    form.setField('subject', 'Pay');
    expect(JSON.parse(storage.items.get(DRAFT_STORAGE_KEY)!).fields).toMatchObject({ name: 'Ada', subject: 'Pay', message: 'invoice', urgent: true });
  });

  it('restores the draft after a reload, before any prefill', () => {
    const storage = memoryStorage();
    const first = setupForm({}, { storage });
    first.form.open();
    first.form.setField('message', 'Half-written question');
    const second = setupForm({}, { storage, searchText: 'something else' });
    second.host.prefill.value = { message: 'from the host' };
    second.form.open();
    expect(second.form.fields.value.message).toBe('Half-written question');
  });
});

describe('createTicketFormModel: sending', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the ticket with what the visitor did before, stores it, and emits ticket-created once', async () => {
    const createTicket = vi.fn(async () => CREATED);
    const { form, tickets, emit, onSent, storage } = setupForm({ createTicket }, { searchText: 'invoice' });
    form.open();
    fillValid(form);
    form.setField('urgent', true);
    form.setField('urgentReason', 'site-down');
    await form.submit();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    const [body, key] = createTicket.mock.calls[0] as unknown as [CreateTicket, string];
    expect(key).toBe('key-1');
    expect(body).toEqual({
      name: 'Ada Lovelace', email: 'ada@example.com', subject: 'Cannot pay my invoice', message: 'The invoice page says error 500.', category: 'billing',
      urgent: 'site-down', locale: 'en', pageUrl: 'https://www.example.com/billing', viewedArticles: ['en/pay-invoice'], searchText: 'invoice', website: '',
    });
    expect(tickets.list()).toEqual([{ reference: 'K7F-93QD', token: 'secret-1' }]);
    expect(emit).toHaveBeenCalledTimes(1);
    expect(emit).toHaveBeenCalledWith('ticket-created', { reference: 'K7F-93QD', category: 'billing', urgent: true });
    expect(form.sent.value).toMatchObject({ kind: 'created', access: { reference: 'K7F-93QD' }, expectedReplyAt: CREATED.expectedReplyAt });
    expect(form.sent.value?.articles).toHaveLength(1);
    expect(storage.items.has(DRAFT_STORAGE_KEY)).toBe(false);
  });

  it('retries with the same key, with growing waits, until the server acknowledges', async () => {
    const createTicket = vi.fn().mockRejectedValueOnce(networkDown()).mockRejectedValueOnce(new ApiError({ status: 503, type: 'http-error', detail: '' })).mockResolvedValueOnce(CREATED);
    const { form, onSent } = setupForm({ createTicket });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(form.send.value).toEqual({ phase: 'waiting', delayMs: 1000, offline: false }));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(form.send.value).toEqual({ phase: 'waiting', delayMs: 2000, offline: false }));
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(createTicket.mock.calls.map((call) => call[1])).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('waits as long as a 429 answer asks, and tries at once when the browser is back online', async () => {
    const createTicket = vi.fn().mockRejectedValueOnce(new ApiError({ status: 429, type: 'rate-limited', detail: '', retryAfter: 20 })).mockRejectedValueOnce(networkDown()).mockResolvedValueOnce(CREATED);
    const { form, online, goOnline, onSent } = setupForm({ createTicket });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(form.send.value).toMatchObject({ phase: 'waiting', delayMs: 20_000 }));
    online.value = false;
    await vi.advanceTimersByTimeAsync(20_000);
    await vi.waitFor(() => expect(form.send.value).toEqual({ phase: 'waiting', delayMs: 2000, offline: true }));
    goOnline();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(createTicket).toHaveBeenCalledTimes(3);
  });

  it('tries again at once on "Retry now"', async () => {
    const createTicket = vi.fn().mockRejectedValueOnce(networkDown()).mockRejectedValueOnce(networkDown()).mockResolvedValueOnce(CREATED);
    const { form, onSent } = setupForm({ createTicket });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(form.send.value.phase).toBe('waiting'));
    form.retryNow();
    await vi.waitFor(() => expect(form.send.value).toMatchObject({ phase: 'waiting', delayMs: 2000 }));
    form.retryNow();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
  });

  it('puts the server\'s field messages at their fields and goes back to editing', async () => {
    const refused = new ApiError({ status: 422, type: 'identity-mismatch', detail: 'The signed identity is for another e-mail address.', errors: [{ field: 'identity', message: 'is signed for another e-mail address than the ticket' }] });
    const { form } = setupForm({ createTicket: vi.fn().mockRejectedValue(refused) });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(form.send.value.phase).toBe('editing'));
    expect(form.problems.value.email).toEqual({ kind: 'server', message: 'is signed for another e-mail address than the ticket' });
    expect(form.focus.value).toEqual({ target: 'email' });
    form.setField('email', 'ada@example.org');
    expect(form.problems.value.email).toBeUndefined();
  });

  it('keeps the key of a send a reload interrupted, so sending again gives the same ticket', async () => {
    const storage = await sendInterruptedByReload();

    const createTicket = vi.fn(async (_body: CreateTicket, _key: string) => ({ ...CREATED, token: 'secret-2' }));
    const reloaded = setupForm({ createTicket }, { storage, keyPrefix: 'after-reload' });
    reloaded.form.open();
    expect(reloaded.form.resumed.value).toBe(true);
    expect(reloaded.form.fields.value.subject).toBe('Cannot pay my invoice');
    await reloaded.form.submit();
    await vi.waitFor(() => expect(reloaded.onSent).toHaveBeenCalled());
    expect(createTicket.mock.calls[0]?.[1]).toBe('key-1');
  });

  it('fetches the ticket that arrived before a reload when the draft was edited since', async () => {
    const storage = await sendInterruptedByReload();

    const reused = new ApiError({ status: 422, type: 'idempotency-key-reused', detail: '', errors: [{ field: 'Idempotency-Key', message: 'was already used' }] });
    const createTicket = vi.fn().mockRejectedValueOnce(reused).mockResolvedValueOnce(CREATED);
    const reloaded = setupForm({ createTicket }, { storage, keyPrefix: 'after-reload' });
    reloaded.form.open();
    reloaded.form.setField('subject', 'Edited after the reload');
    await reloaded.form.submit();
    await vi.waitFor(() => expect(reloaded.onSent).toHaveBeenCalled());
    expect(createTicket.mock.calls.map(([body, key]) => [(body as CreateTicket).subject, key])).toEqual([
      ['Edited after the reload', 'key-1'],
      ['Cannot pay my invoice', 'key-1'],
    ]);
    expect(reloaded.tickets.list()).toEqual([{ reference: 'K7F-93QD', token: 'secret-1' }]);
  });

  it('opens no second ticket when an answer was lost: the retry gets the same one', async () => {
    const server = { tickets: new Map<string, string>() };
    // The server creates the ticket, but the first answer never reaches the widget.
    let answers = 0;
    const createTicket = vi.fn(async (_body: CreateTicket, key: string) => {
      if (!server.tickets.has(key)) server.tickets.set(key, CREATED.reference);
      if (++answers === 1) throw networkDown();
      return { ...CREATED, token: `secret-${answers}` };
    });
    const { form, emit, tickets } = setupForm({ createTicket });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(form.send.value.phase).toBe('waiting'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(form.sent.value).toBeDefined());
    expect(server.tickets.size).toBe(1);
    expect(emit.mock.calls.filter(([name]) => name === 'ticket-created')).toHaveLength(1);
    expect(tickets.list()).toEqual([{ reference: 'K7F-93QD', token: 'secret-2' }]);
  });
});

describe('createTicketFormModel: an open ticket already', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const withOpenTicket = (calls: Parameters<typeof setupForm>[0]) => {
    const setup = setupForm(calls);
    setup.tickets.add({ reference: 'H4M-22KP', token: 'open-token' });
    return setup;
  };

  /** The visitor adds to the open ticket; the first try's answer is lost; the retry settles it. */
  const addAfterALostAnswer = async ({ form, onSent }: ReturnType<typeof setupForm>) => {
    form.open();
    await vi.waitFor(() => expect(form.duplicate.value).toBeDefined());
    form.setField('message', 'It bounces again today');
    form.addToOpen();
    await vi.waitFor(() => expect(form.send.value.phase).toBe('waiting'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
  };

  it('offers the open ticket when the form opens, and forgets tickets the server no longer knows', async () => {
    const ticket = vi.fn(async ({ reference }: { reference: string }) => {
      if (reference === 'GONE-000') throw new ApiError({ status: 404, type: 'not-found', detail: '' });
      return ticketView();
    });
    const { form, tickets } = withOpenTicket({ ticket });
    tickets.add({ reference: 'GONE-000', token: 'old' });
    form.open();
    await vi.waitFor(() => expect(form.duplicate.value?.view.reference).toBe('H4M-22KP'));
    expect(tickets.list().map((entry) => entry.reference)).toEqual(['H4M-22KP']);
  });

  it('passes over a solved ticket and offers the open one', async () => {
    const ticket = vi.fn(async ({ reference }: { reference: string }) => (reference === 'SLV-2222' ? ticketView({ reference, status: 'solved' }) : ticketView()));
    const { form, tickets } = withOpenTicket({ ticket });
    tickets.add({ reference: 'SLV-2222', token: 'solved-token' });
    form.open();
    await vi.waitFor(() => expect(form.duplicate.value?.view.reference).toBe('H4M-22KP'));
    expect(ticket.mock.calls.map(([access]) => access.reference)).toEqual(['SLV-2222', 'H4M-22KP']);
  });

  it('asks again right before sending, and sends only once the visitor chose a new ticket', async () => {
    const ticket = vi.fn(async () => ticketView());
    const createTicket = vi.fn(async () => CREATED);
    const { form, onSent } = withOpenTicket({ ticket, createTicket });
    form.open();
    fillValid(form);
    form.sendAsNew();
    expect(form.duplicate.value).toBeUndefined();
    const again = withOpenTicket({ ticket, createTicket });
    again.form.open();
    fillValid(again.form);
    await again.form.submit();
    expect(again.form.duplicate.value?.access.reference).toBe('H4M-22KP');
    expect(again.form.focus.value).toEqual({ target: 'duplicate' });
    expect(createTicket).not.toHaveBeenCalled();
    again.form.sendAsNew();
    await vi.waitFor(() => expect(again.onSent).toHaveBeenCalled());
    expect(createTicket).toHaveBeenCalledTimes(1);
    expect(onSent).not.toHaveBeenCalled();
  });

  it('adds the message to the open ticket instead, and confirms it', async () => {
    const addMessage = vi.fn(async () => ({ id: 'm2', createdAt: '2026-12-01T10:00:00.000Z' }));
    const { form, onSent, emit } = withOpenTicket({ ticket: vi.fn(async () => ticketView()), addMessage });
    form.open();
    await vi.waitFor(() => expect(form.duplicate.value).toBeDefined());
    form.setField('message', 'It bounces again today');
    form.addToOpen();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    expect(addMessage).toHaveBeenCalledWith({ reference: 'H4M-22KP', token: 'open-token' }, { message: 'It bounces again today' });
    expect(form.sent.value).toMatchObject({ kind: 'added', access: { reference: 'H4M-22KP' }, subject: 'Mail bounces' });
    expect(emit).not.toHaveBeenCalledWith('ticket-created', expect.anything());
  });

  it('does not add the message twice when its answer was lost but it arrived', async () => {
    const addMessage = vi.fn().mockRejectedValueOnce(networkDown());
    let reads = 0;
    const arrived = ticketView({ messages: [...ticketView().messages, { id: 'm2', author: 'visitor', authorName: 'Ada', body: 'It bounces again today', createdAt: '', rating: null }] });
    const ticket = vi.fn(async () => (++reads === 1 ? ticketView() : arrived));
    await addAfterALostAnswer(withOpenTicket({ ticket, addMessage }));
    expect(addMessage).toHaveBeenCalledTimes(1);
  });

  it('sends the message again when the re-read ticket does not have it', async () => {
    const addMessage = vi.fn().mockRejectedValueOnce(networkDown()).mockResolvedValueOnce({ id: 'm2', createdAt: '' });
    await addAfterALostAnswer(withOpenTicket({ ticket: vi.fn(async () => ticketView()), addMessage }));
    expect(addMessage).toHaveBeenCalledTimes(2);
  });
});

describe('createTicketFormModel: "This solved it"', () => {
  it('solves the confirmed ticket, and can be tried again after a failure', async () => {
    const solve = vi.fn().mockRejectedValueOnce(networkDown()).mockResolvedValueOnce(ticketView({ status: 'solved' }));
    const { form, onSent } = setupForm({ createTicket: async () => CREATED, solve });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    await form.solveTicket();
    expect(form.solve.value).toBe('failed');
    await form.solveTicket();
    expect(form.solve.value).toBe('solved');
    expect(solve).toHaveBeenLastCalledWith({ reference: 'K7F-93QD', token: 'secret-1' });
  });

  it('starts a fresh form after a ticket was sent', async () => {
    const { form, onSent } = setupForm({ createTicket: async () => CREATED });
    form.open();
    fillValid(form);
    await form.submit();
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled());
    form.open();
    expect(form.fields.value.subject).toBe('');
  });
});
