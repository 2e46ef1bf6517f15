import type { CreateTicket } from '../../server/contract/tickets';
import { storageSlot, type StorageLike } from './storage-slot';
import { emptyTicketFields, type TicketFields } from './ticket-fields';

/**
 * A ticket being written, as kept across a reload: the fields, and, once the visitor pressed Send,
 * the Idempotency-Key and the exact body sent with it, so a send interrupted by a reload can be
 * made again with the same key (the server then answers with the ticket it may already have).
 */
export interface TicketDraft {
  fields: TicketFields;
  pending?: { key: string; body: CreateTicket } | undefined;
}

export interface DraftStore {
  load(): TicketDraft | undefined;
  save(draft: TicketDraft): void;
  clear(): void;
}

export const DRAFT_STORAGE_KEY = 'support-widget:draft';

/**
 * The draft in localStorage. The form writes it only once the visitor has typed, so nothing is
 * stored before they interact. Blocked or full storage: the draft lives for the page only.
 *
 * @example
 *   const drafts = createDraftStore(browserStorage());
 *   drafts.save({ fields });
 *   drafts.load()?.fields.message;
 */
export function createDraftStore(storage: StorageLike | undefined): DraftStore {
  // Blocked or full storage: the draft stays on screen, it just will not survive a reload.
  const slot = storageSlot(storage, DRAFT_STORAGE_KEY);
  return {
    load: () => parseDraft(slot.getJson()),
    save: (draft) => slot.setJson(draft),
    clear: () => slot.setJson(undefined),
  };
}

/** Takes from what was stored only the fields the form knows, as strings (another version, or a hand edit, may have left anything). */
function parseDraft(saved: unknown): TicketDraft | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const { fields, pending } = saved as { fields?: Record<string, unknown>; pending?: { key?: unknown; body?: unknown } };
  if (!fields || typeof fields !== 'object') return undefined;
  const restored = emptyTicketFields();
  for (const name of Object.keys(restored) as (keyof TicketFields)[]) {
    const value = fields[name];
    if (name === 'urgent') restored.urgent = value === true;
    else if (typeof value === 'string') (restored as unknown as Record<string, string>)[name] = value;
  }
  const hasPending = pending && typeof pending.key === 'string' && pending.body && typeof pending.body === 'object';
  return { fields: restored, ...(hasPending ? { pending: { key: pending.key as string, body: pending.body as CreateTicket } } : {}) };
}
