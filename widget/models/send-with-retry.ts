import { ApiError } from '../client/api-error';

/** Timers, injected so tests run the waits with fake timers instead of sleeping. */
export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether the browser believes it is online, and a way to hear when it comes back. */
export interface Connectivity {
  isOnline(): boolean;
  /** Calls `listener` on the window's 'online' event; returns what stops listening. */
  onOnline(listener: () => void): () => void;
}

/** Between two tries: how long until the next one, and whether the browser says it is offline. */
export interface RetryWait {
  delayMs: number;
  offline: boolean;
}

export interface RetryRun<T> {
  /** The first answer that is not worth retrying: resolves with a success, rejects with an error the caller must show. */
  done: Promise<T>;
  /** Tries again now instead of waiting out the delay ("Retry now"). */
  retryNow(): void;
  /** Stops waiting (the widget is going away); `done` then never settles. */
  cancel(): void;
}

const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/**
 * Whether a failed call may succeed if made again unchanged: no answer (network, timeout), the
 * server struggling (5xx), too many requests (429), or the API client's own code failing to load.
 *
 * @example isRetryable(new ApiError({ status: 503, type: 'http-error', detail: '' })) // true
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * The wait before try number `failures + 1`: 1, 2, 4, 8, 16, 30, 30... seconds, or as long as
 * the server's Retry-After asked.
 *
 * @example retryDelay(3, undefined) // 8000
 */
export function retryDelay(failures: number, retryAfterSeconds: number | undefined): number {
  if (retryAfterSeconds !== undefined) return retryAfterSeconds * 1000;
  return Math.min(FIRST_DELAY_MS * 2 ** failures, MAX_DELAY_MS);
}

/**
 * Calls `attempt` until it succeeds or fails in a way retrying cannot mend, waiting with backoff
 * between tries and trying at once when the browser comes back online. `onWait` hears each wait,
 * and `undefined` when a try starts, so the visitor can be told what is going on.
 *
 * @example
 *   const run = sendWithRetry(() => client.createTicket(body, key), { scheduler, connectivity }, (wait) => (state.value = wait));
 *   const created = await run.done;
 */
export function sendWithRetry<T>(attempt: () => Promise<T>, deps: { scheduler: Scheduler; connectivity: Connectivity }, onWait: (wait: RetryWait | undefined) => void): RetryRun<T> {
  const { scheduler, connectivity } = deps;
  let wake: (() => void) | undefined;
  let cancelled = false;

  const pause = (delayMs: number) =>
    new Promise<void>((resolve) => {
      const timer = scheduler.setTimeout(() => wake?.(), delayMs);
      const stopListening = connectivity.onOnline(() => wake?.());
      wake = () => {
        wake = undefined;
        scheduler.clearTimeout(timer);
        stopListening();
        if (!cancelled) resolve();
      };
    });

  const done = (async () => {
    for (let failures = 0; ; failures++) {
      onWait(undefined);
      try {
        return await attempt();
      } catch (error) {
        if (!isRetryable(error)) throw error;
        const delayMs = retryDelay(failures, error instanceof ApiError ? error.retryAfter : undefined);
        onWait({ delayMs, offline: !connectivity.isOnline() });
        await pause(delayMs);
      }
    }
  })();

  return {
    done,
    retryNow: () => wake?.(),
    cancel: () => {
      cancelled = true;
      wake?.();
    },
  };
}
