import { gzipSync } from 'node:zlib';

/**
 * Bytes of `data` after gzip at level 9, as a size-limit style check counts them; servers
 * compressing on the fly usually use a lower level, so real transfers are a few percent larger.
 *
 * @example gzipSize(readFileSync('dist/widget/widget.js'));
 */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}
