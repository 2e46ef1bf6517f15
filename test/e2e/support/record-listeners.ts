/** What `recordListeners` exposes on `window.listenerRecord`. */
export interface ListenerRecord {
  /** Listeners `scriptOrigin` ever added to window, document or a node in the page. */
  added: number;
  /** Those still attached to window, document or a node still in the page, as "target type". */
  attached(): string[];
  /** Global names that did not exist when the page started. */
  newGlobals(): string[];
  /** The page's markup at DOMContentLoaded, before the widget's own DOMContentLoaded work. */
  markupAtStart: string;
}

declare global {
  interface Window {
    listenerRecord: ListenerRecord;
  }
}

/**
 * An init script (`page.addInitScript(recordListeners, origin)`) that tracks every event listener
 * added by a script from `scriptOrigin` (judged by the call stack), every global the page gains,
 * and the markup the page started with. Self-contained: it runs in the page.
 *
 * @example
 *   await page.addInitScript(recordListeners, 'http://127.0.0.1:4317');
 *   expect(await page.evaluate(() => window.listenerRecord.attached())).toEqual([]);
 */
export function recordListeners(scriptOrigin: string): void {
  interface Entry {
    target: EventTarget;
    type: string;
    listener: EventListenerOrEventListenerObject;
    capture: boolean;
  }
  const entries = new Set<Entry>();
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const find = (target: EventTarget, type: string, listener: unknown, capture: boolean) =>
    [...entries].find((entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture);
  const name = (target: EventTarget) =>
    target === window ? 'window' : target === document ? 'document' : target instanceof Element ? target.tagName.toLowerCase() : String(target);
  const inPage = (target: EventTarget) => target === window || (target instanceof Node && target.isConnected);

  const record: ListenerRecord = {
    added: 0,
    attached: () => [...entries].filter((entry) => inPage(entry.target)).map((entry) => `${name(entry.target)} ${entry.type}`),
    newGlobals: () => Object.getOwnPropertyNames(window).filter((global) => !globalsAtStart.has(global)),
    markupAtStart: '',
  };
  Object.defineProperty(window, 'listenerRecord', { value: record });
  const globalsAtStart = new Set(Object.getOwnPropertyNames(window));

  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const capture = captureOf(options);
    if (listener && (new Error().stack ?? '').includes(scriptOrigin) && !find(this, type, listener, capture)) {
      const entry: Entry = { target: this, type, listener, capture };
      entries.add(entry);
      if (inPage(this)) record.added++;
      const forget = () => entries.delete(entry);
      // Listeners that the browser removes by itself: `once` after they run, `signal` on abort.
      if (typeof options === 'object' && options.once) add.call(this, type, forget, { capture, once: true });
      if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', forget, { once: true });
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const entry = find(this, type, listener, captureOf(options));
    if (entry) entries.delete(entry);
    return remove.call(this, type, listener, options);
  };

  add.call(document, 'DOMContentLoaded', () => (record.markupAtStart = document.documentElement.outerHTML), { capture: true });
}
