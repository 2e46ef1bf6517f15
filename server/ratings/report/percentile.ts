/**
 * The nearest-rank percentile of sorted numbers (p from 0 to 1): always one of the values, so
 * the figure is a time a real ticket waited. Undefined for no values.
 *
 * @example percentile([10, 20, 30, 40], 0.5) // 20
 */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
