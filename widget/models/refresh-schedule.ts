/** Whether the page is shown, and news of when that changes: `document` in the widget, a fake in tests. */
export interface PageVisibility {
  hidden(): boolean;
  /** Calls `listener` when the page is shown or hidden; returns a function that stops it. */
  onChange(listener: () => void): () => void;
}

/**
 * Runs `refresh` now, then every `intervalMs` while the page is visible, and again as soon as a
 * hidden page is shown: a tab in the background asks the server nothing. Returns a function that
 * stops it.
 *
 * @example const stop = scheduleRefresh(tickets.refresh, documentVisibility(document), 60_000);
 */
export function scheduleRefresh(refresh: () => unknown, visibility: PageVisibility, intervalMs: number): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const start = () => {
    clearInterval(timer);
    timer = undefined;
    if (visibility.hidden()) return;
    void refresh();
    timer = setInterval(() => void refresh(), intervalMs);
  };
  const stopListening = visibility.onChange(start);
  start();
  return () => {
    stopListening();
    clearInterval(timer);
  };
}
