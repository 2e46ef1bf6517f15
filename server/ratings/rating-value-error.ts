import type { RatingStyle } from '../contract/ratings';

/**
 * Why a reply rating's value does not fit the site's rating style, or undefined when it does.
 * Hearts: 1 gives a heart, 0 takes it back. Stars: 1 to 5.
 *
 * @example ratingValueError('hearts', 3) // 'must be 1 (a heart) or 0 (taken back)'
 */
export function ratingValueError(style: RatingStyle, value: number): string | undefined {
  if (style === 'hearts') return value === 0 || value === 1 ? undefined : 'must be 1 (a heart) or 0 (taken back)';
  return value >= 1 && value <= 5 ? undefined : 'must be 1 to 5 stars';
}
