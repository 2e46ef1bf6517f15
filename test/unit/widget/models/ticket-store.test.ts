import { describe, expect, it } from 'vitest';
import { createTicketStore, TICKETS_STORAGE_KEY } from '../../../../widget/models/ticket-store';
import { memoryStorage } from '../support/memory-storage';

describe('createTicketStore', () => {
  it('stores nothing until a ticket is added', () => {
    const storage = memoryStorage();
    expect(createTicketStore(storage).list()).toEqual([]);
    expect(storage.items.size).toBe(0);
  });

  it('keeps only the reference and the token, newest first', () => {
    const storage = memoryStorage();
    const store = createTicketStore(storage);
    store.add({ reference: 'K7F-93QD', token: 'first', extra: 'ada@example.com' } as never);
    store.add({ reference: 'M2P-4RST', token: 'second' });
    expect(store.list()).toEqual([
      { reference: 'M2P-4RST', token: 'second' },
      { reference: 'K7F-93QD', token: 'first' },
    ]);
    expect(JSON.parse(storage.items.get(TICKETS_STORAGE_KEY)!)).toEqual(store.list());
  });

  it('replaces the token of a ticket added again and moves it first', () => {
    const store = createTicketStore(memoryStorage());
    store.add({ reference: 'K7F-93QD', token: 'old' });
    store.add({ reference: 'M2P-4RST', token: 'other' });
    store.add({ reference: 'K7F-93QD', token: 'new' });
    expect(store.list()).toEqual([
      { reference: 'K7F-93QD', token: 'new' },
      { reference: 'M2P-4RST', token: 'other' },
    ]);
  });

  it('reads what an earlier page stored, and forgets a removed ticket', () => {
    const storage = memoryStorage({ [TICKETS_STORAGE_KEY]: JSON.stringify([{ reference: 'K7F-93QD', token: 't' }, { junk: true }]) });
    const store = createTicketStore(storage);
    expect(store.list()).toEqual([{ reference: 'K7F-93QD', token: 't' }]);
    store.remove('K7F-93QD');
    expect(store.list()).toEqual([]);
    expect(storage.items.has(TICKETS_STORAGE_KEY)).toBe(false);
  });

  it('starts empty on unreadable storage and still works for the page', () => {
    const broken = { getItem: () => '{not json', setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    const store = createTicketStore(broken);
    store.add({ reference: 'K7F-93QD', token: 't' });
    expect(store.list()).toEqual([{ reference: 'K7F-93QD', token: 't' }]);
  });

  it('tells its listeners after every add and remove, until they stop listening', () => {
    const store = createTicketStore(memoryStorage());
    const seen: string[][] = [];
    const stop = store.subscribe(() => seen.push(store.list().map((ticket) => ticket.reference)));
    store.add({ reference: 'K7F-93QD', token: 't' });
    store.add({ reference: 'M2P-4RST', token: 'u' });
    store.remove('K7F-93QD');
    stop();
    store.add({ reference: 'K7F-93QD', token: 't' });
    expect(seen).toEqual([['K7F-93QD'], ['M2P-4RST', 'K7F-93QD'], ['M2P-4RST']]);
  });
});
