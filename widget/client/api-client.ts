import ky, { HTTPError, TimeoutError, type KyInstance, type RetryOptions } from 'ky';
import type { ChannelsResponse } from '../../server/contract/channels';
import type { IncidentsResponse } from '../../server/contract/incidents';
import type { ArticleVote, Csat, RateTicket, ReplyRating, VoteArticle } from '../../server/contract/ratings';
import type { MarkRead, MessageAdded, ReopenTicket, ResendLinksAccepted } from '../../server/contract/ticket-actions';
import type { AddMessage, CreateTicket, SignedIdentity, TicketCreated, TicketView } from '../../server/contract/tickets';
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
  /**
   * `POST /api/tickets` with `Idempotency-Key: key`. Tried once: the caller retries with the same
   * key (the server answers a retry with the same ticket), so it can tell the visitor what is
   * happening between tries.
   */
  createTicket(ticket: CreateTicket, key: string): Promise<TicketCreated>;
  /** `GET /api/tickets/{ref}`: the ticket with its conversation, for the holder of its token. */
  ticket(access: TicketAccess): Promise<TicketView>;
  /** `POST /api/tickets/{ref}/messages`: the visitor writes again on an open ticket. */
  addMessage(access: TicketAccess, message: AddMessage): Promise<MessageAdded>;
  /** `POST /api/tickets/{ref}/reopen`, optionally with a message. */
  reopen(access: TicketAccess, body?: ReopenTicket): Promise<TicketView>;
  /** `POST /api/tickets/{ref}/read`: the visitor has seen the conversation up to `upTo` (clears the unread badge on every device). */
  markRead(access: TicketAccess, read: MarkRead): Promise<void>;
  /** `POST /api/tickets/{ref}/solve`: "This solved it". */
  solve(access: TicketAccess): Promise<TicketView>;
  /** `PUT /api/tickets/{ref}/messages/{id}/rating`: hearts 1/0 or stars 1-5, as the site rates. */
  rateReply(access: TicketAccess, messageId: string, value: number): Promise<ReplyRating>;
  /** `PUT /api/tickets/{ref}/csat`: 1-5 with an optional comment, once the ticket is solved. */
  rateTicket(access: TicketAccess, rating: RateTicket): Promise<Csat>;
  /** `PUT /api/articles/votes`: was this article helpful (changeable). */
  voteArticle(vote: VoteArticle): Promise<ArticleVote>;
  /** `POST /api/tickets/resend-links`: mails the address fresh links to its tickets. */
  resendLinks(email: string): Promise<ResendLinksAccepted>;
}

/** What opens one ticket: its reference and the secret token the visitor was given. */
export interface TicketAccess {
  reference: string;
  token: string;
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
    createTicket: (ticket, key) => request('post', 'tickets', contract.TicketCreated, { headers: { 'Idempotency-Key': key }, json: ticket, retry: 0 }),
    ticket: (access) => request('get', ticketPath(access), contract.TicketView, { headers: bearer(access) }),
    addMessage: (access, message) => request('post', `${ticketPath(access)}/messages`, contract.MessageAdded, { headers: bearer(access), json: message }),
    reopen: (access, body) => request('post', `${ticketPath(access)}/reopen`, contract.TicketView, { headers: bearer(access), json: body ?? {} }),
    markRead: (access, read) => request('post', `${ticketPath(access)}/read`, noContent, { headers: bearer(access), json: read }),
    solve: (access) => request('post', `${ticketPath(access)}/solve`, contract.TicketView, { headers: bearer(access) }),
    rateReply: (access, messageId, value) =>
      request('put', `${ticketPath(access)}/messages/${encodeURIComponent(messageId)}/rating`, contract.ReplyRating, { headers: bearer(access), json: { value } }),
    rateTicket: (access, rating) => request('put', `${ticketPath(access)}/csat`, contract.Csat, { headers: bearer(access), json: rating }),
    voteArticle: (vote) => request('put', 'articles/votes', contract.ArticleVote, { json: vote }),
    resendLinks: (email) => request('post', 'tickets/resend-links', contract.ResendLinksAccepted, { json: { email } }),
  };
}

/** The answer of a call that answers 204 No Content. */
const noContent: AnswerSchema<void> = { safeParse: (data) => (data === undefined ? { success: true, data: undefined } : { success: false }) };
const ticketPath = ({ reference }: TicketAccess) => `tickets/${encodeURIComponent(reference)}`;
const bearer = ({ token }: TicketAccess) => ({ Authorization: `Bearer ${token}` });

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
    const { status, statusText, headers } = error.response;
    // Seconds only: the server never sends an HTTP date here.
    const seconds = Number(headers.get('Retry-After') ?? Number.NaN);
    const retryAfter = Number.isFinite(seconds) && seconds >= 0 ? { retryAfter: seconds } : {};
    const problem = contract.Problem.safeParse(await error.response.json().catch(() => undefined));
    if (!problem.success) return new ApiError({ status, type: 'http-error', detail: statusText || `HTTP ${status}`, ...retryAfter });
    const { type, title, detail, errors } = problem.data;
    return new ApiError({ status, type, detail: detail ?? title, ...(errors ? { errors } : {}), ...retryAfter });
  }
  if (error instanceof TimeoutError) return new ApiError({ status: 0, type: 'timeout', detail: 'The server did not answer in time.' });
  return new ApiError({ status: 0, type: 'network', detail: error instanceof Error ? error.message : String(error) });
}
