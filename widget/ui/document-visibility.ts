import type { PageVisibility } from '../models/refresh-schedule';

/**
 * The page's visibility as `scheduleRefresh` reads it.
 *
 * @example scheduleRefresh(refresh, documentVisibility(document), 60_000)
 */
export function documentVisibility(doc: Document): PageVisibility {
  return {
    hidden: () => doc.visibilityState === 'hidden',
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}
