import type { VoteArticle } from '../../server/contract/ratings';
import type { ApiClient } from '../client/api-client';
import { ApiError } from '../client/api-error';
import { randomUuid } from './random-uuid';
import { storageSlot, type StorageLike } from './storage-slot';

/** One "Was this helpful?" answer on its way to the server. */
export type ArticleVote = Omit<VoteArticle, 'visitorId'>;

export interface VoteSenderDeps {
  storage: StorageLike | undefined;
  loadClient(): Promise<ApiClient>;
  /** A new random UUID (tests pass a fixed one). */
  newId?(): string;
}

export const VISITOR_STORAGE_KEY = 'support-widget:visitor';
export const OUTBOX_STORAGE_KEY = 'support-widget:vote-outbox';

/**
 * Sends article votes to the server (`PUT /api/articles/votes`) under a random visitor id, made
 * and kept in storage at the first vote only: it says "the same visitor" and nothing about who.
 * A vote waits in an outbox until the server has it, so a failed send is tried again with the next
 * vote or on a later page (`flush`); nothing here ever throws.
 *
 * @example
 *   const sender = createVoteSender({ storage: browserStorage(), loadClient });
 *   sender.send({ locale: 'en', slug: 'reset-password', helpful: true, searchText: 'password' });
 */
export function createVoteSender({ storage, loadClient, newId = () => randomUuid(crypto) }: VoteSenderDeps) {
  // Blocked storage: the id and the outbox live for this page.
  const visitorSlot = storageSlot(storage, VISITOR_STORAGE_KEY);
  const outboxSlot = storageSlot(storage, OUTBOX_STORAGE_KEY);
  let outbox: ArticleVote[] = readOutbox(outboxSlot.getJson());
  let visitorId = visitorSlot.get();
  const saveOutbox = () => outboxSlot.setJson(outbox.length ? outbox : undefined);

  let flushing: Promise<void> | undefined;
  const sendOutbox = async (): Promise<void> => {
    const id = visitorId;
    if (!outbox.length || !id) return;
    try {
      const client = await loadClient();
      for (const vote of [...outbox]) {
        try {
          await client.voteArticle({ ...vote, visitorId: id });
        } catch (error) {
          // A vote the server refuses (422) would block the outbox forever: drop it; retry the rest.
          if (!(error instanceof ApiError) || !isRefusal(error.status)) throw error;
        }
        // A newer vote on the same article, made while this one travelled, stays to be sent.
        outbox = outbox.filter((waiting) => waiting !== vote);
        saveOutbox();
      }
    } catch {
      // Offline: the vote waits in the outbox for the next try.
    }
  };
  /** Sends what waits in the outbox; concurrent calls share one round. Never rejects. */
  const flush = (): Promise<void> => (flushing ??= sendOutbox().finally(() => (flushing = undefined)));

  return {
    send(vote: ArticleVote): Promise<void> {
      if (!visitorId) {
        visitorId = newId();
        visitorSlot.set(visitorId);
      }
      outbox = [...outbox.filter((waiting) => waiting.locale !== vote.locale || waiting.slug !== vote.slug), vote];
      saveOutbox();
      // A flush already under way would miss this vote: send it once that one is done.
      return flushing ? flushing.then(flush) : flush();
    },
    flush,
  };
}
export type VoteSender = ReturnType<typeof createVoteSender>;

const isRefusal = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/** Only well-formed votes of what was stored (another version, or a hand edit, may have left anything). */
function readOutbox(saved: unknown): ArticleVote[] {
  return Array.isArray(saved) ? saved.filter((vote): vote is ArticleVote => typeof vote?.slug === 'string' && typeof vote?.locale === 'string' && typeof vote?.helpful === 'boolean') : [];
}
