import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from '../http/env';
import { problem } from '../http/problem';

/**
 * Refuses a request body over `maxBytes` with a 413 problem naming `(body)`, whether the size is
 * declared (Content-Length) or only found out while reading a chunked body.
 *
 * @example api.use('*', bodySizeLimit(64 * 1024));
 */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler<ApiEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      problem(c, 413, 'body-too-large', `The request body is larger than ${maxBytes} bytes.`, [{ field: '(body)', message: `is larger than ${maxBytes} bytes` }]),
  });
}
