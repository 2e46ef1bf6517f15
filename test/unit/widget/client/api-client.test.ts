import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../widget/client/api-error';
import { createApiClient } from '../../../../widget/client/api-client';
import { apiContract } from '../../../../widget/client/api-contract';

const SERVER = 'https://help.example.com';
const CHANNELS = {
  channels: [{ id: 'chat', kind: 'chat', label: 'Chat', href: 'https://kestrel.example/chat', open: true, nextOpenAt: null, queueSeconds: 240, queueSource: 'pushed', vipOnly: false }],
  recommended: 'chat',
};

const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** A fetch that answers from a list, one answer per call, and keeps the requests it was given. */
function fakeFetch(...answers: (Response | Error)[]) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input : new Request(input, init));
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const client = (fake: ReturnType<typeof fakeFetch>, retry: number | { limit: number; delay: () => number } = 0) => createApiClient(SERVER, apiContract, { fetch: fake.fetch, retry });

describe('createApiClient', () => {
  it('reads the channels from /api/channels, without credentials', async () => {
    const fake = fakeFetch(json(200, CHANNELS));
    expect(await client(fake).channels()).toEqual(CHANNELS);
    const [request] = fake.requests;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`${SERVER}/api/channels`);
    expect(request?.credentials).toBe('omit');
  });

  it('sends no identity headers for an anonymous visitor', async () => {
    const fake = fakeFetch(json(200, CHANNELS));
    await client(fake).channels();
    expect([...fake.requests[0]!.headers.keys()].filter((name) => name.startsWith('x-identity'))).toEqual([]);
  });

  it('sends a signed identity as the X-Identity-* headers', async () => {
    const fake = fakeFetch(json(200, CHANNELS));
    await client(fake).channels({ email: 'ada@example.com', plan: 'vip', signature: 'a'.repeat(64) });
    const headers = fake.requests[0]!.headers;
    expect([headers.get('X-Identity-Email'), headers.get('X-Identity-Plan'), headers.get('X-Identity-Signature')]).toEqual(['ada@example.com', 'vip', 'a'.repeat(64)]);
  });

  it('reads the incidents from /api/incidents', async () => {
    const incidents = { incidents: [{ id: 'i1', title: 'E-mail delivery delayed', channel: 'email', url: null, startedAt: '2026-11-27T13:05:00.000Z' }] };
    const fake = fakeFetch(json(200, incidents));
    expect(await client(fake).incidents()).toEqual(incidents);
    expect(fake.requests[0]?.url).toBe(`${SERVER}/api/incidents`);
  });

  it('turns problem+json into an ApiError naming the fields at fault', async () => {
    const problem = { type: 'origin-not-allowed', title: 'Forbidden', status: 403, detail: 'https://evil.example is not one of this server\'s sites.', errors: [{ field: 'Origin', message: 'is not an allowed origin' }] };
    const error = await client(fakeFetch(json(403, problem, 'application/problem+json'))).channels().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, type: 'origin-not-allowed', detail: problem.detail, errors: problem.errors });
    expect((error as ApiError).fieldMessage('Origin')).toBe('is not an allowed origin');
  });

  it('keeps the seconds of a 429 answer\'s Retry-After, for the caller\'s next try', async () => {
    const problem = { type: 'rate-limited', title: 'Too Many Requests', status: 429, errors: [{ field: 'email', message: 'has sent too many requests; try again in 12 seconds' }] };
    const answer = new Response(JSON.stringify(problem), { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '12' } });
    const error = await client(fakeFetch(answer)).createTicket({} as never, 'key-1').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, type: 'rate-limited', retryAfter: 12 });
  });

  it('takes the title when a problem has no detail', async () => {
    const error = await client(fakeFetch(json(404, { type: 'about:blank', title: 'Not Found', status: 404 }, 'application/problem+json'))).incidents().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, type: 'about:blank', detail: 'Not Found', errors: [] });
  });

  it('reports an error answer that is not a problem by its status', async () => {
    const error = await client(fakeFetch(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }))).channels().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502, type: 'http-error', detail: 'Bad Gateway' });
  });

  it('refuses an answer that does not match the contract', async () => {
    const error = await client(fakeFetch(json(200, { channels: [{ id: 'chat' }], recommended: null }))).channels().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, type: 'invalid-response' });
  });

  it('refuses an answer that is not JSON', async () => {
    const error = await client(fakeFetch(new Response('not json', { status: 200 }))).incidents().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 200, type: 'invalid-response' });
  });

  it('reports a failed connection as status 0', async () => {
    const error = await client(fakeFetch(new TypeError('Failed to fetch'))).channels().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, type: 'network', detail: 'Failed to fetch' });
  });

  it('reports an answer that never comes as a timeout', async () => {
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const error = await createApiClient(SERVER, apiContract, { fetch: never, retry: 0, timeout: 1 }).incidents().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, type: 'timeout' });
  });

  it('tries a GET again after a 503 and a network failure', async () => {
    const fake = fakeFetch(json(503, {}), new TypeError('Failed to fetch'), json(200, CHANNELS));
    expect(await client(fake, { limit: 2, delay: () => 0 }).channels()).toEqual(CHANNELS);
    expect(fake.requests).toHaveLength(3);
  });

  it('does not try a refused request again', async () => {
    const fake = fakeFetch(json(403, { type: 'origin-not-allowed', title: 'Forbidden', status: 403 }, 'application/problem+json'), json(200, CHANNELS));
    await expect(client(fake, { limit: 2, delay: () => 0 }).channels()).rejects.toBeInstanceOf(ApiError);
    expect(fake.requests).toHaveLength(1);
  });
});
