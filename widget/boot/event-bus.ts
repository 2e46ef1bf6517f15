import type { WidgetEventName, WidgetEvents } from './app-contract';

type Listener = (detail: never) => void;

/**
 * Host-page listeners for the widget's events. A listener that throws is reported on the console
 * and never stops the widget or the other listeners.
 */
export function createEventBus() {
  const listeners = new Map<string, Set<Listener>>();
  return {
    on<E extends WidgetEventName>(name: E, listener: (detail: WidgetEvents[E]) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError(`SupportWidget.on("${name}", fn): fn must be a function`);
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    off<E extends WidgetEventName>(name: E, listener: (detail: WidgetEvents[E]) => void): void {
      listeners.get(name)?.delete(listener as Listener);
    },
    emit<E extends WidgetEventName>(name: E, detail: WidgetEvents[E]): void {
      for (const listener of listeners.get(name) ?? []) {
        try {
          (listener as (detail: WidgetEvents[E]) => void)(detail);
        } catch (error) {
          console.error(`[SupportWidget] a "${name}" listener threw:`, error);
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}
