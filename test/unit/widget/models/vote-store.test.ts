import { describe, expect, it } from 'vitest';
import { createVoteStore } from '../../../../widget/models/vote-store';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = { ...initial };
  return { data, getItem: (key: string) => data[key] ?? null, setItem: (key: string, value: string) => void (data[key] = value) };
};

describe('createVoteStore', () => {
  it('remembers a vote across page loads', () => {
    const storage = memoryStorage();
    createVoteStore(storage).set('sv/aterstall-losenord', true);
    expect(createVoteStore(storage).get('sv/aterstall-losenord')).toBe(true);
  });

  it('lets a visitor change their vote', () => {
    const store = createVoteStore(memoryStorage());
    store.set('en/error-500', true);
    store.set('en/error-500', false);
    expect(store.get('en/error-500')).toBe(false);
  });

  it('writes nothing until the visitor votes', () => {
    const storage = memoryStorage();
    createVoteStore(storage).get('en/x');
    expect(storage.data).toEqual({});
  });

  it('keeps working when storage is blocked or corrupt', () => {
    const throwing = { getItem: () => '{not json', setItem: () => { throw new Error('QuotaExceeded'); } };
    const store = createVoteStore(throwing);
    store.set('en/x', true);
    expect(store.get('en/x')).toBe(true);
    expect(createVoteStore(undefined).get('en/x')).toBeUndefined();
  });
});
