import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import type { ChannelsResponse } from '../../server/contract/channels';
import type { IncidentsResponse } from '../../server/contract/incidents';
import type { SignedIdentity } from '../../server/contract/tickets';
import type { AnswerSchema, ApiContract } from './api-contract';
import { ApiError } from './api-error';

export interface ApiClientOptions {
  /** A fetch to call instead of the browser's (tests). */
  fetch?: typeof fetch;
  /** Retries of idempotent calls (GET, PUT) after a network failure, 408, 429 or 5xx. Default: 2. */
  retry?: number | RetryOptions;
  /** Milliseconds before one attempt is given up. Default: 10000. */
  timeout?: number;
}

/** The ticket API as the widget uses it. Every answer is checked against the shared contract. */
export interface ApiClient {
  /**
   * `GET /api/channels`: the channels, open or closed, with queue times and the recommended one.
   * `identity` is the hook for `SupportWidget.identify()`: given, it travels as the X-Identity-*
   * headers and a valid signature with a VIP plan lists the VIP-only channels too. Without it the
   * visitor is anonymous and the server never lists them.
   */
  channels(identity?: SignedIdentity): Promise<ChannelsResponse>;
  /** `GET /api/incidents`: the site's unresolved incidents, newest first. */
  incidents(): Promise<IncidentsResponse>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What one call adds to the client's defaults (ticket calls: an Idempotency-Key, a bearer token, a body). */
interface Call {
  headers?: Record<string, string>;
  json?: unknown;
  retry?: number | RetryOptions;
}

/**
 * The widget's client for `/api` on `server`, built on ky. This module (and ky with it) is loaded
 * only when the visitor first needs the API: see `lazyApiClient` in models/contact-model.ts.
 * Every call goes through one path that parses the answer with its schema from `contract` (the
 * shared zod contract, passed in: see api-contract.ts) and turns anything else (problem+json, a
 * network failure, a timeout, an unexpected shape) into ApiError.
 *
 * @example
 *   const client = createApiClient('https://help.example.com', apiContract);
 *   const { channels, recommended } = await client.channels();
 */
export function createApiClient(server: string, contract: ApiContract, options: ApiClientOptions = {}): ApiClient {
  const http = ky.create({
    prefixUrl: `${server}/api/`,
    credentials: 'omit',
    headers: { Accept: 'application/json, application/problem+json' },
    retry: options.retry ?? 2,
    timeout: options.timeout ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const request = <T>(method: Method, path: string, schema: AnswerSchema<T>, call: Call = {}) => send(http, contract, method, path, schema, call);
  const names = contract.identityHeaders;
  return {
    channels: (identity) =>
      request('get', 'channels', contract.ChannelsResponse, {
        headers: identity ? { [names.email]: identity.email, [names.plan]: identity.plan, [names.signature]: identity.signature } : {},
      }),
    incidents: () => request('get', 'incidents', contract.IncidentsResponse),
  };
}

async function send<T>(http: KyInstance, contract: ApiContract, method: Method, path: string, schema: AnswerSchema<T>, call: Call): Promise<T> {
  let response: Response;
  try {
    response = await http(path, {
      method,
      ...(call.headers ? { headers: call.headers } : {}),
      ...(call.json !== undefined ? { json: call.json } : {}),
      ...(call.retry !== undefined ? { retry: call.retry } : {}),
    });
  } catch (error) {
    throw await toApiError(error, contract);
  }
  const unexpected = () => new ApiError({ status: response.status, type: 'invalid-response', detail: `${method.toUpperCase()} /api/${path} answered in a shape the widget does not know` });
  let body: unknown;
  try {
    body = response.status === 204 ? undefined : await response.json();
  } catch {
    throw unexpected();
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpected();
  return parsed.data;
}

async function toApiError(error: unknown, contract: ApiContract): Promise<ApiError> {
  if (error instanceof HTTPError) {
    const { status, statusText } = error.response;
    const problem = contract.Problem.safeParse(await error.response.json().catch(() => undefined));
    if (!problem.success) return new ApiError({ status, type: 'http-error', detail: statusText || `HTTP ${status}` });
    const { type, title, detail, errors } = problem.data;
    return new ApiError({ status, type, detail: detail ?? title, ...(errors ? { errors } : {}) });
  }
  if (error instanceof TimeoutError) return new ApiError({ status: 0, type: 'timeout', detail: 'The server did not answer in time.' });
  return new ApiError({ status: 0, type: 'network', detail: error instanceof Error ? error.message : String(error) });
}
