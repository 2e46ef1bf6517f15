import type { WidgetEventName, WidgetEvents } from './app-contract';

/**
 * `window.SupportWidget`: callable (`SupportWidget('open')`, the form the queue snippet uses)
 * and with methods (`SupportWidget.open()`). Every method catches its own errors: the embed is a
 * guest and never throws into the host page.
 */
export interface SupportWidgetApi {
  (method: string, ...args: unknown[]): unknown;
  readonly version: string;
  /** Opens the panel; `view` is "search" (default), "contact", "form" (the ticket form) or "tickets". */
  open(view?: string): void;
  close(): void;
  toggle(): void;
  /** Opens the panel with `text` typed into the search box. */
  search(text: string): void;
  /** Listens to a widget event; returns a function that stops listening. */
  on<E extends WidgetEventName>(name: E, listener: (detail: WidgetEvents[E]) => void): () => void;
  off<E extends WidgetEventName>(name: E, listener: (detail: WidgetEvents[E]) => void): void;
  /** Removes every node, listener and the global itself. */
  destroy(): void;
  /** The visitor's identity the site signed: `{ email, plan, signature }` (see the README); `null` forgets it. */
  identify(identity: unknown): void;
  /** Fills the ticket form: `{ name, email, subject, message, category }`, any of them; `null` clears. */
  prefill(fields: unknown): void;
  /** Switches the panel's language at once, e.g. "sv"; what the visitor typed stays. */
  setLocale(locale: string): void;
}

/**
 * Builds the API object from the loader's methods, each wrapped so that it never throws.
 *
 * @example window.SupportWidget = createApi('0.1.0', { open, close, toggle, search, on, off, destroy, identify, prefill, setLocale });
 */
export function createApi(version: string, methods: Omit<SupportWidgetApi, 'version'>): SupportWidgetApi {
  const guarded = {} as Record<string, (...args: unknown[]) => unknown>;
  for (const [name, method] of Object.entries(methods) as [string, (...args: unknown[]) => unknown][]) {
    guarded[name] = (...args) => {
      try {
        return method(...args);
      } catch (error) {
        console.error(`[SupportWidget] ${name}() failed:`, error);
        return undefined;
      }
    };
  }
  const api = ((method: string, ...args: unknown[]) => {
    const target = typeof method === 'string' && Object.hasOwn(guarded, method) ? guarded[method] : undefined;
    if (!target) {
      console.warn(`[SupportWidget] unknown method "${String(method)}"; known: ${Object.keys(guarded).join(', ')}`);
      return undefined;
    }
    return target(...args);
  }) as SupportWidgetApi;
  Object.assign(api, guarded);
  Object.defineProperty(api, 'version', { value: version, enumerable: true });
  return api;
}
