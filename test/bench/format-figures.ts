// The report's column formats, shared by every section of it.

/** Width of a report line's label column. */
export const LABEL = 58;

/** A byte count, right-aligned: "12,345 B". */
export const bytes = (n: number): string => `${n.toLocaleString('en-US')} B`.padStart(12);

/** Milliseconds to a tenth, right-aligned; "–" for no figure (NaN). */
export const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–').padStart(8);

/** The gzip bytes of some files together. */
export const sum = (files: readonly { gzip: number }[]): number => files.reduce((total, file) => total + file.gzip, 0);

/** A time for the JSON report, to a tenth of a millisecond. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
