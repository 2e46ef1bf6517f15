/**
 * The p-th percentile (0–100) of `values`, interpolating between the two nearest ranks as
 * spreadsheets and NumPy do by default. NaN for no values.
 *
 * @example percentile([1, 2, 3, 4], 50); // 2.5
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/**
 * Median and 95th percentile, the two figures the latency report gives.
 *
 * @example summariseTimes([12, 15, 14]); // { count: 3, median: 14, p95: 14.9 }
 */
export function summariseTimes(values: readonly number[]): { count: number; median: number; p95: number } {
  return { count: values.length, median: percentile(values, 50), p95: percentile(values, 95) };
}
