import type { Messages } from '../i18n/messages';
import { ChannelIcon } from './ChannelIcon';
import type { ChannelDisplay } from './describe-channel';

/**
 * One channel: a real link (mailto:, tel:, https:) whose text says everything a visitor weighs:
 * the name, the address, open or closed and when it opens, the wait, and whether it is the
 * fastest. A channel without a usable link is the same card, not clickable.
 */
export function ChannelCard({ t, channel }: { t: Messages; channel: ChannelDisplay }) {
  const body = (
    <>
      <ChannelIcon kind={channel.kind} />
      <span class="channel-name">{channel.name}</span>{' '}
      {/* The spaces between the lines are text of their own: links are named by their text. */}
      <span class="channel-info">
        {channel.address && <span class="channel-address">{channel.address}</span>}{' '}
        <span class={channel.open ? 'channel-state open' : 'channel-state closed'}>
          {channel.state}
          {channel.opens && ` · ${channel.opens}`}
        </span>{' '}
        {channel.wait && <span class="channel-wait">{channel.wait}</span>}{' '}
        {channel.affected && <span class="channel-affected">{t.affectedByIncident}</span>}
      </span>{' '}
      {channel.recommended && <span class="badge">{t.fastest}</span>}
      {channel.external && <span class="visually-hidden"> {t.newTab}</span>}
    </>
  );
  const className = channel.recommended ? 'channel recommended' : 'channel';
  if (!channel.href) return <div class={className}>{body}</div>;
  return channel.external ? (
    <a class={className} href={channel.href} target="_blank" rel="noopener noreferrer">
      {body}
    </a>
  ) : (
    <a class={className} href={channel.href}>
      {body}
    </a>
  );
}
