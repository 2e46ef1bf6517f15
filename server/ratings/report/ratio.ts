/**
 * A ratio or average with two decimals, computed the same way whichever store summed it.
 *
 * @example ratio(2, 3) // 0.67
 */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100) / 100;
}
