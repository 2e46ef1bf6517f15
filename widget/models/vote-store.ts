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

export function createVoteStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): VoteStore {
  let votes: Record<string, boolean> = {};
  try {
    const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    if (saved && typeof saved === 'object') votes = saved as Record<string, boolean>;
  } catch {
    // Unreadable or blocked storage: start empty rather than fail the panel.
  }
  return {
    get: (key) => (typeof votes[key] === 'boolean' ? votes[key] : undefined),
    set(key, helpful) {
      votes = { ...votes, [key]: helpful };
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(votes));
      } catch {
        // Quota or blocked storage: the vote still counts for this page.
      }
    },
  };
}
