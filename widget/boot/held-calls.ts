import type { App } from './app-contract';

type HeldMethod = 'identify' | 'prefill';

/**
 * identify() and prefill() before the app bundle has loaded: kept here, in order, and handed to
 * the app when it starts, so telling the widget who the visitor is never downloads the panel.
 *
 * @example
 *   const held = createHeldCalls();
 *   held.call(app, 'identify', identity); // app undefined: kept
 *   held.handOver(startedApp);           // now the app has it
 */
export function createHeldCalls() {
  let calls: [HeldMethod, unknown][] = [];
  return {
    call(app: App | undefined, method: HeldMethod, value: unknown): void {
      if (app) app[method](value);
      else calls.push([method, value]);
    },
    handOver(app: App): void {
      const waiting = calls;
      calls = [];
      for (const [method, value] of waiting) app[method](value);
    },
  };
}
