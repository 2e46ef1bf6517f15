import type { Kysely } from 'kysely';
import type { ChannelState, ChannelsResponse } from '../contract/channels';
import type { VerifiedIdentity } from '../identity/verify-identity';
import type { Channel } from '../settings/channels';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';
import { channelSchedule } from './channel-schedule';
import { emailQueueSeconds } from './email-queue-time';
import { isOpen, nextOpening } from './opening-hours';
import { pushedQueueTimes } from './pushed-queue-time';
import { recommendedChannel } from './recommended-channel';

/**
 * Every channel this visitor may use, with whether it is open, when it next opens and its queue.
 * VIP-only channels are listed only for a verified identity whose plan is in `settings.vipPlans`.
 * E-mail's queue is computed from tickets ('live'); the others use the contact centre's last
 * report ('pushed'), or 'unknown' once it is older than the channel's `staleAfterMinutes`.
 *
 * `emailQueue` is where the e-mail estimate comes from (default: computed now; the routes pass a
 * cached one).
 *
 * @example const body = await channelStates(deps.db, deps.settings, deps.clock.now(), identityFromHeaders(c, c.var.site));
 */
export async function channelStates(
  db: Kysely<Database>,
  settings: Settings,
  now: Date,
  identity: VerifiedIdentity | null,
  emailQueue: (now: Date) => Promise<number | null> = (at) => emailQueueSeconds(db, settings, at),
): Promise<ChannelsResponse> {
  const isVip = identity !== null && settings.vipPlans.includes(identity.plan);
  const visible = settings.channels.filter((channel) => !channel.vipOnly || isVip);
  const emailSeconds = visible.some((channel) => channel.kind === 'email') ? await emailQueue(now) : null;
  const pushed = visible.some((channel) => channel.kind !== 'email') ? await pushedQueueTimes(db) : new Map();

  const queueOf = (channel: Channel): Pick<ChannelState, 'queueSeconds' | 'queueSource'> => {
    if (channel.kind === 'email') return emailSeconds === null ? { queueSeconds: null, queueSource: 'unknown' } : { queueSeconds: emailSeconds, queueSource: 'live' };
    const report = pushed.get(channel.id);
    const fresh = report && now.getTime() - report.reportedAt.getTime() <= channel.staleAfterMinutes * 60_000;
    return fresh ? { queueSeconds: report.waitSeconds, queueSource: 'pushed' } : { queueSeconds: null, queueSource: 'unknown' };
  };

  const channels = visible.map((channel): ChannelState => {
    const schedule = channelSchedule(settings, channel);
    const open = isOpen(schedule, now);
    return {
      id: channel.id,
      kind: channel.kind,
      label: channel.label,
      href: channel.href ?? null,
      open,
      nextOpenAt: open ? null : (nextOpening(schedule, now)?.toISOString() ?? null),
      ...queueOf(channel),
      vipOnly: channel.vipOnly,
    };
  });
  return { channels, recommended: recommendedChannel(channels) };
}
