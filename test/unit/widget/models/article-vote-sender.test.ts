import { describe, expect, it, vi } from 'vitest';
import type { VoteArticle } from '../../../../server/contract/ratings';
import { ApiError } from '../../../../widget/client/api-error';
import { createVoteSender, OUTBOX_STORAGE_KEY, VISITOR_STORAGE_KEY } from '../../../../widget/models/article-vote-sender';
import { fakeApiClient } from '../support/fake-api-client';
import { memoryStorage } from '../support/memory-storage';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const vote = { locale: 'en', slug: 'reset-password', helpful: true, searchText: 'password' };

function setup(storage = memoryStorage(), fail: () => ApiError | undefined = () => undefined) {
  const sent: VoteArticle[] = [];
  const voteArticle = vi.fn(async (body: VoteArticle) => {
    const error = fail();
    if (error) throw error;
    sent.push(body);
    return { locale: body.locale, slug: body.slug, helpful: body.helpful, createdAt: '', updatedAt: '' };
  });
  const loadClient = vi.fn(async () => fakeApiClient({ voteArticle }));
  const newId = vi.fn(() => ID);
  return { storage, sent, voteArticle, loadClient, newId, sender: createVoteSender({ storage, loadClient, newId }) };
}

describe('createVoteSender', () => {
  it('writes nothing and sends nothing before the first vote', async () => {
    const { storage, sender, loadClient } = setup();
    await sender.flush();
    expect(storage.items.size).toBe(0);
    expect(loadClient).not.toHaveBeenCalled();
  });

  it('sends the vote with the search text under a visitor id made at the first vote and kept', async () => {
    const { storage, sender, sent, newId } = setup();
    await sender.send(vote);
    await sender.send({ ...vote, slug: 'error-500', helpful: false });
    expect(sent).toEqual([{ ...vote, visitorId: ID }, { locale: 'en', slug: 'error-500', helpful: false, searchText: 'password', visitorId: ID }]);
    expect(newId).toHaveBeenCalledTimes(1);
    expect(storage.items.get(VISITOR_STORAGE_KEY)).toBe(ID);
    expect(storage.items.has(OUTBOX_STORAGE_KEY)).toBe(false);
    // A later page keeps the same visitor.
    const later = createVoteSender({ storage, loadClient: async () => fakeApiClient({}), newId: () => 'another' });
    await later.flush();
    expect(storage.items.get(VISITOR_STORAGE_KEY)).toBe(ID);
  });

  it('keeps a vote the server did not get, never throws, and sends it on a later page', async () => {
    let online = false;
    const offline = setup(memoryStorage(), () => (online ? undefined : new ApiError({ status: 0, type: 'network', detail: 'offline' })));
    await expect(offline.sender.send(vote)).resolves.toBeUndefined();
    expect(offline.sent).toEqual([]);
    expect(JSON.parse(offline.storage.items.get(OUTBOX_STORAGE_KEY)!)).toEqual([vote]);

    online = true;
    const nextPage = setup(offline.storage);
    await nextPage.sender.flush();
    expect(nextPage.sent).toEqual([{ ...vote, visitorId: ID }]);
    expect(nextPage.newId).not.toHaveBeenCalled();
    expect(offline.storage.items.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('keeps only the latest answer per article waiting', async () => {
    const { sender, storage } = setup(memoryStorage(), () => new ApiError({ status: 503, type: 'http-error', detail: 'down' }));
    await sender.send(vote);
    await sender.send({ ...vote, helpful: false });
    expect(JSON.parse(storage.items.get(OUTBOX_STORAGE_KEY)!)).toEqual([{ ...vote, helpful: false }]);
  });

  it('drops a vote the server refuses, so it cannot block the ones after it', async () => {
    const { sender, storage, voteArticle } = setup(memoryStorage(), () => new ApiError({ status: 422, type: 'invalid-body', detail: 'bad' }));
    await sender.send(vote);
    expect(voteArticle).toHaveBeenCalledTimes(1);
    expect(storage.items.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('works for the page when storage is blocked', async () => {
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    const sent: VoteArticle[] = [];
    const sender = createVoteSender({ storage: blocked, loadClient: async () => fakeApiClient({ voteArticle: async (body) => (sent.push(body), { ...body, createdAt: '', updatedAt: '' }) }), newId: () => ID });
    await sender.send(vote);
    expect(sent).toEqual([{ ...vote, visitorId: ID }]);
  });
});
