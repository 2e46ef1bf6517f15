import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelsResponse } from '../../../../server/contract/channels';
import type { IncidentsResponse } from '../../../../server/contract/incidents';
import type { SignedIdentity } from '../../../../server/contract/tickets';
import type { ApiClient } from '../../../../widget/client/api-client';
import { ApiError } from '../../../../widget/client/api-error';
import { createContactModel, lazyApiClient } from '../../../../widget/models/contact-model';
import { fakeApiClient } from '../support/fake-api-client';

const CHANNELS: ChannelsResponse = {
  channels: [{ id: 'email', kind: 'email', label: 'E-mail', href: 'mailto:support@kestrel.example', open: true, nextOpenAt: null, queueSeconds: null, queueSource: 'unknown', vipOnly: false }],
  recommended: null,
};
const INCIDENTS: IncidentsResponse = { incidents: [{ id: 'i1', title: 'E-mail delivery delayed', channel: 'email', url: null, startedAt: '2026-11-27T13:05:00.000Z' }] };
const offline = () => new ApiError({ status: 0, type: 'network', detail: 'Failed to fetch' });

/** A client whose answers the test settles by hand, one promise per call. */
function manualClient() {
  const calls: { method: string; identity?: SignedIdentity; resolve(value: unknown): void; reject(error: unknown): void }[] = [];
  const call = (method: string, identity?: SignedIdentity) => new Promise<never>((resolve, reject) => calls.push({ method, identity, resolve: resolve as (value: unknown) => void, reject }));
  const client: ApiClient = fakeApiClient({ channels: (identity) => call('channels', identity), incidents: () => call('incidents') });
  return { client, calls, loadClient: vi.fn(async () => client) };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createContactModel', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows loading, then the channels', async () => {
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    expect(contact.channels.value).toEqual({ status: 'idle' });
    const loading = contact.loadChannels();
    expect(contact.channels.value).toEqual({ status: 'loading' });
    await settle();
    calls[0]!.resolve(CHANNELS);
    await loading;
    expect(contact.channels.value).toEqual({ status: 'ready', data: CHANNELS });
  });

  it('shows an error that a retry clears', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const first = contact.loadChannels();
    await settle();
    calls[0]!.reject(offline());
    await first;
    expect(contact.channels.value).toMatchObject({ status: 'error', error: { type: 'network' } });
    const retry = contact.loadChannels();
    expect(contact.channels.value).toEqual({ status: 'loading' });
    await settle();
    calls[1]!.resolve(CHANNELS);
    await retry;
    expect(contact.channels.value.status).toBe('ready');
  });

  it('keeps the channels on screen while they refresh, and when a refresh fails', async () => {
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const first = contact.loadChannels();
    await settle();
    calls[0]!.resolve(CHANNELS);
    await first;
    const refresh = contact.loadChannels();
    expect(contact.channels.value).toEqual({ status: 'ready', data: CHANNELS });
    await settle();
    calls[1]!.reject(offline());
    await refresh;
    expect(contact.channels.value).toEqual({ status: 'ready', data: CHANNELS });
  });

  it('shows the newest answer when an older request answers last', async () => {
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const older = contact.loadChannels();
    const newer = contact.loadChannels();
    await settle();
    const newest = { ...CHANNELS, recommended: 'email' };
    calls[1]!.resolve(newest);
    await newer;
    calls[0]!.resolve(CHANNELS);
    await older;
    expect(contact.channels.value).toEqual({ status: 'ready', data: newest });
  });

  it('reports a client that could not be loaded as an error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const contact = createContactModel({ loadClient: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
    await contact.loadChannels();
    expect(contact.channels.value).toMatchObject({ status: 'error' });
  });

  it('asks for the channels as the visitor it was told about', async () => {
    const { calls, loadClient } = manualClient();
    const identity: SignedIdentity = { email: 'ada@example.com', plan: 'vip', signature: 'a'.repeat(64) };
    const anonymous = createContactModel({ loadClient });
    void anonymous.loadChannels();
    const identified = createContactModel({ loadClient, identity: () => identity });
    void identified.loadChannels();
    await settle();
    expect(calls.map((call) => call.identity)).toEqual([undefined, identity]);
  });

  it('lists the active incidents, sharing one request between concurrent refreshes', async () => {
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const refreshes = [contact.refreshIncidents(), contact.refreshIncidents()];
    await settle();
    expect(calls.map((call) => call.method)).toEqual(['incidents']);
    calls[0]!.resolve(INCIDENTS);
    await Promise.all(refreshes);
    expect(contact.incidents.value).toEqual(INCIDENTS.incidents);
  });

  it('forgets an incident once it is resolved', async () => {
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const first = contact.refreshIncidents();
    await settle();
    calls[0]!.resolve(INCIDENTS);
    await first;
    const second = contact.refreshIncidents();
    await settle();
    calls[1]!.resolve({ incidents: [] });
    await second;
    expect(contact.incidents.value).toEqual([]);
  });

  it('keeps the last incidents quietly when a refresh fails', async () => {
    const warn = vi.spyOn(console, 'warn');
    const { calls, loadClient } = manualClient();
    const contact = createContactModel({ loadClient });
    const first = contact.refreshIncidents();
    await settle();
    calls[0]!.resolve(INCIDENTS);
    await first;
    const second = contact.refreshIncidents();
    await settle();
    calls[1]!.reject(offline());
    await expect(second).resolves.toBeUndefined();
    expect(contact.incidents.value).toEqual(INCIDENTS.incidents);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('lazyApiClient', () => {
  it('loads the client once and hands out the same one', async () => {
    const load = lazyApiClient('https://help.example.com');
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(typeof first.channels).toBe('function');
  });
});
