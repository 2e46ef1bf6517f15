// The report's column formats, shared by every section of it.

/** Width of a report line's label column. */
export const LABEL = 58;

/**
 * A byte count, right-aligned for the report's columns.
 *
 * @example bytes(12345) // '    12,345 B'
 */
export const bytes = (n: number): string => `${n.toLocaleString('en-US')} B`.padStart(12);

/**
 * Milliseconds to a tenth, right-aligned; "–" for no figure (NaN).
 *
 * @example ms(4.44) // '     4.4'
 */
export const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–').padStart(8);

/**
 * The gzip bytes of some files together.
 *
 * @example sum([{ gzip: 100 }, { gzip: 20 }]) // 120
 */
export const sum = (files: readonly { gzip: number }[]): number => files.reduce((total, file) => total + file.gzip, 0);

/**
 * A time for the JSON report, to a tenth of a millisecond.
 *
 * @example round1(9.96) // 10
 */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
