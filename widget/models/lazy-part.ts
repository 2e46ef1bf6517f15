import { signal, type ReadonlySignal } from '@preact/signals';

/** Where a lazily loaded part of the app is: not asked for, on its way, there, or failed. */
export type LazyState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export interface LazyPart<T> {
  state: ReadonlySignal<LazyState<T>>;
  /** Loads the part once (calls while it loads share the load); after a failure, the next call tries again. Never rejects. */
  load(): Promise<T | undefined>;
  /** The part, if it has loaded. */
  current(): T | undefined;
}

/**
 * A part of the app fetched on demand (a dynamic import and whatever it builds), with its state
 * for the view that waits for it: a loading word on a slow network, an error with a retry after
 * a failed fetch. A failure is kept in `state`, never thrown, so nothing reaches the host page.
 *
 * @example
 *   const tickets = lazyPart(() => import('./ticket-parts').then(({ createTicketParts }) => createTicketParts(deps)));
 *   void tickets.load(); // prefetch: "Write to us" is then instant
 */
export function lazyPart<T>(importPart: () => Promise<T>): LazyPart<T> {
  const state = signal<LazyState<T>>({ status: 'idle' });
  let loading: Promise<T | undefined> | undefined;
  const load = () => {
    if (loading) return loading;
    state.value = { status: 'loading' };
    return (loading = Promise.resolve()
      .then(importPart)
      .then(
        (value) => {
          state.value = { status: 'ready', value };
          return value;
        },
        (error: unknown) => {
          loading = undefined;
          console.warn('[SupportWidget] a part of the help panel could not be loaded:', error);
          state.value = { status: 'error', error };
          return undefined;
        },
      ));
  };
  const current = () => {
    const now = state.peek();
    return now.status === 'ready' ? now.value : undefined;
  };
  return { state, load, current };
}
