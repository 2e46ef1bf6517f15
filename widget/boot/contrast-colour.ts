/**
 * Picks black or white text for a background colour, whichever contrasts more (WCAG relative
 * luminance). A canvas turns any CSS colour syntax into #rrggbb without parsing it ourselves.
 *
 * @example contrastColour('#ffdd00') // '#000'
 */
export function contrastColour(color: string): string {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return '#fff';
  context.fillStyle = color;
  const hex = String(context.fillStyle);
  if (!/^#[0-9a-f]{6}$/i.test(hex)) return '#fff';
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white is 1.05/(L+0.05); with black (L+0.05)/0.05. They are equal at L ≈ 0.179.
  return luminance > 0.179 ? '#000' : '#fff';
}
