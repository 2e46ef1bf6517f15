import { signal } from '@preact/signals';
import type { ChannelsResponse } from '../../server/contract/channels';
import type { Incident } from '../../server/contract/incidents';
import type { SignedIdentity } from '../../server/contract/tickets';
import type { ApiClient } from '../client/api-client';
import { apiContract } from '../client/api-contract';

/** The channel list as the contact step shows it. */
export type ChannelsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: ChannelsResponse }
  | { status: 'error'; error: unknown };

export interface ContactModelDeps {
  /** The API client, loaded on first use. */
  loadClient(): Promise<ApiClient>;
  /**
   * The visitor's signed identity from `SupportWidget.identify()` (the host context's signal): whatever this
   * returns is sent with the channel request, so a verified VIP sees the VIP-only channels.
   * Default: anonymous.
   */
  identity?(): SignedIdentity | undefined;
}

/**
 * Loads the API client (and ky inside it) the first time it is asked for, not with the panel: a
 * visitor who only searches never downloads it. A failed load (a network blip) is tried again on
 * the next call. The contract's schemas come from here, so the client chunk holds no zod.
 *
 * @example const contact = createContactModel({ loadClient: lazyApiClient(config.server) });
 */
export function lazyApiClient(server: string): () => Promise<ApiClient> {
  let loading: Promise<ApiClient> | undefined;
  return () =>
    (loading ??= import('../client/api-client').then(
      ({ createApiClient }) => createApiClient(server, apiContract),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}

/**
 * The contact step's state: the site's channels with their queue times, and the incidents shown
 * as a banner. Free of DOM; the widget model decides when to load.
 *
 * @example
 *   const contact = createContactModel({ loadClient: async () => fakeClient });
 *   await contact.loadChannels();
 *   contact.channels.value; // { status: 'ready', data: { channels: [...], recommended: 'chat' } }
 */
export function createContactModel({ loadClient, identity = () => undefined }: ContactModelDeps) {
  const channels = signal<ChannelsState>({ status: 'idle' });
  const incidents = signal<Incident[]>([]);
  let latest = 0;

  /** Fetches the channels afresh (queue times move). Channels already shown stay while it does. */
  const loadChannels = async (): Promise<void> => {
    const request = ++latest;
    if (channels.value.status !== 'ready') channels.value = { status: 'loading' };
    try {
      const data = await (await loadClient()).channels(identity());
      if (request === latest) channels.value = { status: 'ready', data };
    } catch (error) {
      // A failed refresh keeps the list on screen: a minute old, it is still the best there is.
      if (request !== latest || channels.value.status === 'ready') return;
      console.warn('[SupportWidget] the contact channels could not be loaded:', error);
      channels.value = { status: 'error', error };
    }
  };

  let refreshing: Promise<void> | undefined;
  /** Fetches the active incidents; concurrent calls share one request. Never rejects. */
  const refreshIncidents = (): Promise<void> =>
    (refreshing ??= (async () => {
      try {
        incidents.value = (await (await loadClient()).incidents()).incidents;
      } catch {
        // The banner is a courtesy: without it the panel works as before, so nothing is said.
      } finally {
        refreshing = undefined;
      }
    })());

  return { channels, incidents, loadChannels, refreshIncidents };
}
export type ContactModel = ReturnType<typeof createContactModel>;
