import type { ChannelState } from '../contract/channels';

/**
 * The id of the open channel with the shortest known queue (the first configured on a tie), or
 * null when no open channel has a known queue.
 *
 * @example recommendedChannel([{ id: 'email', open: true, queueSeconds: 7200 }, { id: 'chat', open: true, queueSeconds: 60 }]) // 'chat'
 */
export function recommendedChannel(channels: readonly Pick<ChannelState, 'id' | 'open' | 'queueSeconds'>[]): string | null {
  let best: Pick<ChannelState, 'id' | 'open' | 'queueSeconds'> | null = null;
  for (const channel of channels) {
    if (!channel.open || channel.queueSeconds === null) continue;
    if (best === null || channel.queueSeconds < best.queueSeconds!) best = channel;
  }
  return best?.id ?? null;
}
