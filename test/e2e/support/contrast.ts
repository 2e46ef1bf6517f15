/**
 * Parses a computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)`, into its channels 0–255.
 *
 * @example parseRgb('rgb(194, 24, 91)') // [194, 24, 91]
 */
export function parseRgb(css: string): [number, number, number] {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * WCAG relative luminance of a computed colour: 0 for black, 1 for white.
 *
 * @example relativeLuminance('rgb(255, 255, 255)') // 1
 */
export function relativeLuminance(css: string): number {
  const [r, g, b] = parseRgb(css).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two computed colours, from 1 to 21.
 *
 * @example contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
