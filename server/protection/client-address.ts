import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from '../http/env';
import { forwardedClient } from './forwarded-client';
import { parseIp } from './parse-ip';
import { trustedProxies } from './trusted-proxies';

/** What @hono/node-server passes as the env: the Node request, whose socket has the peer. */
type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

/**
 * Sets `c.var.clientIp`: the socket's peer address, or the client X-Forwarded-For names when the
 * peer is one of `proxies` (addresses or CIDR ranges). A request with no socket (an in-process
 * call) is "unknown".
 *
 * @example api.use('*', clientAddress(['10.0.0.0/8']));
 */
export function clientAddress(proxies: readonly string[]): MiddlewareHandler<ApiEnv> {
  const isTrusted = trustedProxies(proxies);
  return async (c, next) => {
    const socket = (c.env as NodeBindings)?.incoming?.socket;
    const peer = parseIp(socket?.remoteAddress ?? '');
    c.set('clientIp', peer ? forwardedClient(peer, c.req.header('X-Forwarded-For'), isTrusted) : 'unknown');
    await next();
  };
}
