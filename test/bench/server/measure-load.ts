import autocannon from 'autocannon';
import { percentile } from '../stats';

export interface LoadFigures {
  /** Seconds measured. */
  seconds: number;
  /** Responses with a 2xx status per second: the work actually done (a ticket created, a ticket shown). */
  okPerSecond: number;
  /** Median and 99th-percentile latency of every response, ms. */
  p50Ms: number;
  p99Ms: number;
  /** Responses with another status (4xx, 5xx), and connection errors or timeouts. */
  non2xx: number;
  errors: number;
  /** Requests answered in all. */
  total: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** The request each connection sends, built anew for every request (unique keys, rotating tickets). */
  nextRequest?: () => { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };
}

/** Runs autocannon and keeps every response time: its own histogram rounds to whole milliseconds. */
const run = (options: autocannon.Options) =>
  new Promise<{ result: autocannon.Result; times: number[] }>((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, times })));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });

/**
 * Drives `url` with autocannon for a fixed time, `connections` kept busy, one request at a time
 * each (no pipelining, as browsers send them), and returns the figures the bench reports.
 *
 * @example const figures = await measureLoad({ url: 'http://127.0.0.1:8080/', connections: 20, seconds: 10 });
 */
export async function measureLoad({ url, connections, seconds, nextRequest }: LoadOptions): Promise<LoadFigures> {
  const requests: autocannon.Request[] | undefined = nextRequest && [{ setupRequest: (request) => ({ ...request, ...nextRequest() }) }];
  const { result, times } = await run({ url, connections, duration: seconds, pipelining: 1, requests });
  return {
    seconds: result.duration,
    okPerSecond: result['2xx'] / result.duration,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
}
