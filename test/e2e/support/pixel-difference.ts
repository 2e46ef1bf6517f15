import type { Page } from '@playwright/test';

export interface PixelDifference {
  /** Sizes of the two images, `${width}x${height}`. */
  sizes: [string, string];
  /** Pixels where some channel differs by more than `tolerance` (0 when the sizes differ). */
  differing: number;
  total: number;
  /** Where the first differing pixel is, `x,y`, for the failure message. */
  firstAt?: string;
}

/**
 * Compares two PNG screenshots pixel by pixel. The browser decodes them (no PNG library in
 * Node here); `tolerance` absorbs anti-aliasing noise, not visible changes.
 *
 * @example
 *   const { differing } = await pixelDifference(page, await a.screenshot(), await b.screenshot());
 */
export async function pixelDifference(page: Page, a: Buffer, b: Buffer, tolerance = 8): Promise<PixelDifference> {
  return page.evaluate(
    async ({ images, tolerance }) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        if (!context) throw new Error('no 2d canvas');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [first, second] = await Promise.all(images.map(decode)) as [ImageData, ImageData];
      const sizes: [string, string] = [`${first.width}x${first.height}`, `${second.width}x${second.height}`];
      const total = first.width * first.height;
      if (sizes[0] !== sizes[1]) return { sizes, differing: 0, total };
      let differing = 0;
      let firstAt: string | undefined;
      for (let at = 0; at < first.data.length; at += 4) {
        for (let channel = 0; channel < 4; channel++) {
          if (Math.abs(first.data[at + channel]! - second.data[at + channel]!) > tolerance) {
            differing++;
            firstAt ??= `${(at / 4) % first.width},${Math.floor(at / 4 / first.width)}`;
            break;
          }
        }
      }
      return { sizes, differing, total, firstAt };
    },
    { images: [a.toString('base64'), b.toString('base64')], tolerance },
  );
}
