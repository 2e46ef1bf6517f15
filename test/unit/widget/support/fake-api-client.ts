import type { ApiClient } from '../../../../widget/client/api-client';

/**
 * An ApiClient for model tests: the calls a test gives, and every other call failing loudly, so a
 * model that calls what the test did not expect fails the test instead of hanging.
 *
 * @example const client = fakeApiClient({ channels: async () => CHANNELS });
 */
export function fakeApiClient(calls: Partial<ApiClient>): ApiClient {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected call: ${name}()`));
  const names: (keyof ApiClient)[] = ['channels', 'incidents', 'createTicket', 'ticket', 'addMessage', 'reopen', 'markRead', 'solve', 'rateReply', 'rateTicket', 'voteArticle', 'resendLinks'];
  const client = Object.fromEntries(names.map((name) => [name, unexpected(name)])) as unknown as ApiClient;
  return { ...client, ...calls };
}
