import { kindOf, type FetchedFile } from './first-open';
import { gzipSize } from './gzip-size';

/** A resource timing entry, as `performance.getEntriesByType('resource')` gives it. */
export interface ResourceEntry {
  name: string;
  startTime: number;
}

/**
 * The scripts and stylesheets from the widget server whose requests started between `from` and
 * `to` (performance.now() ms), each with its body's gzip size; a file fetched twice counts once.
 *
 * @example filesBetween(entries, { from: probe.start, to: probe.shown }, bodies, serverUrl)
 */
export function filesBetween(entries: readonly ResourceEntry[], span: { from: number; to: number }, bodies: ReadonlyMap<string, Uint8Array>, serverUrl: string): FetchedFile[] {
  const urls = new Set(entries.filter((entry) => entry.startTime >= span.from && entry.startTime <= span.to).map((entry) => entry.name));
  return [...urls].flatMap((url) => {
    const body = bodies.get(url);
    if (!body || !url.startsWith(`${serverUrl}/`)) return [];
    const path = new URL(url).pathname;
    const kind = kindOf(path);
    if (kind !== 'script' && kind !== 'style') return [];
    return [{ path, kind, bytes: body.length, gzip: gzipSize(body) }];
  });
}
