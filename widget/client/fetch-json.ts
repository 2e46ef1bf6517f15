const ATTEMPTS = 3;
const TIMEOUT_MS = 15_000;
const RETRY_DELAY_MS = 400;

/** A response that was not 2xx: the status tells a missing file (404) from a server in trouble. */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`GET ${url} answered ${status}`);
    this.name = 'HttpError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const worthRetrying = (error: unknown) => !(error instanceof HttpError) || error.status >= 500 || error.status === 429;

/**
 * GETs a JSON file, trying again after a network blip or a 5xx. Help content is static and
 * content-hashed, so plain fetch with a retry is all it needs; ky (and its 5 KB) is kept for the
 * ticket API, where hooks and idempotent retries earn their place.
 *
 * @example
 *   const manifest = await fetchJson('https://help.example.com/articles/manifest.json');
 */
export async function fetchJson(url: string): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit' });
      if (!response.ok) throw new HttpError(url, response.status);
      return await response.json();
    } catch (error) {
      if (attempt >= ATTEMPTS || !worthRetrying(error)) throw error;
      await sleep(RETRY_DELAY_MS * attempt);
    }
  }
}
