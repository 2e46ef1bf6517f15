import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_STORAGE_KEY } from '../../../../widget/models/draft-store';
import { emptyTicketFields } from '../../../../widget/models/ticket-fields';
import { memoryStorage } from '../support/memory-storage';

describe('createDraftStore', () => {
  it('keeps the fields and a pending send\'s key across a reload', () => {
    const storage = memoryStorage();
    const fields = { ...emptyTicketFields(), subject: 'Mail bounces', urgent: true };
    createDraftStore(storage).save({ fields, pending: { key: 'k-1', body: { subject: 'Mail bounces' } as never } });
    expect(createDraftStore(storage).load()).toEqual({ fields, pending: { key: 'k-1', body: { subject: 'Mail bounces' } } });
  });

  it('reads only the fields it knows, as strings, from whatever was stored', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ fields: { subject: 42, message: 'Hi', extra: 'x', urgent: 'yes' } }));
    expect(createDraftStore(storage).load()).toEqual({ fields: { ...emptyTicketFields(), message: 'Hi' } });
    storage.setItem(DRAFT_STORAGE_KEY, '{not json');
    expect(createDraftStore(storage).load()).toBeUndefined();
  });

  it('works without storage', () => {
    const drafts = createDraftStore(undefined);
    drafts.save({ fields: emptyTicketFields() });
    expect(drafts.load()).toBeUndefined();
  });
});
