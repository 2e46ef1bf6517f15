import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Messages } from '../i18n/messages';
import type { LazyState } from '../models/lazy-part';

interface Props<T> {
  t: Messages;
  state: LazyState<T>;
  onRetry(): void;
  onBack(): void;
  /** The view, once its part has loaded. */
  children(part: T): ComponentChildren;
}

/**
 * A view whose code loads on demand: the view itself once it is there; until then a short word
 * in a live region, or, when the load failed, the error with a retry. Never a blank panel.
 */
export function LazyView<T>({ t, state, onRetry, onBack, children }: Props<T>) {
  if (state.status === 'ready') return <>{children(state.value)}</>;
  return <LazyWait t={t} failed={state.status === 'error'} onRetry={onRetry} onBack={onBack} />;
}

function LazyWait({ t, failed, onRetry, onBack }: { t: Messages; failed: boolean; onRetry(): void; onBack(): void }) {
  const root = useRef<HTMLDivElement>(null);
  // The button that led here is gone: the keyboard focus waits here, as it would on a view's heading.
  useLayoutEffect(() => root.current?.focus(), []);
  return (
    <div class="lazy-view" tabIndex={-1} ref={root}>
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <div role="status">{!failed && <p class="loading">{t.partLoading}</p>}</div>
      {failed && (
        <div class="error" role="alert">
          <p>{t.partError}</p>
          <button type="button" class="button" onClick={onRetry}>
            {t.retry}
          </button>
        </div>
      )}
    </div>
  );
}
