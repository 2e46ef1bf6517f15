import { storageSlot, type StorageLike } from './storage-slot';

/**
 * "Was this helpful?" answers as this browser remembers them, so the article shows the visitor's
 * answer at once on every visit; the server gets them through article-vote-sender.ts. Storage can
 * be blocked (private mode, strict hosts): then votes live for the page only.
 */
export interface VoteStore {
  get(key: string): boolean | undefined;
  set(key: string, helpful: boolean): void;
}

const STORAGE_KEY = 'support-widget:votes';

export function createVoteStore(storage: StorageLike | undefined): VoteStore {
  // Unreadable or blocked storage: start empty; a vote that cannot be kept still counts for the page.
  const slot = storageSlot(storage, STORAGE_KEY);
  const saved = slot.getJson();
  let votes: Record<string, boolean> = saved && typeof saved === 'object' ? (saved as Record<string, boolean>) : {};
  return {
    get: (key) => (typeof votes[key] === 'boolean' ? votes[key] : undefined),
    set(key, helpful) {
      votes = { ...votes, [key]: helpful };
      slot.setJson(votes);
    },
  };
}
