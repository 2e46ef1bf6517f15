import type { ChannelsResponse } from '../../server/contract/channels';
import type { Incident } from '../../server/contract/incidents';
import type { Messages } from '../i18n/messages';
import { ChannelCard } from './ChannelCard';
import { describeChannel } from './describe-channel';

interface Props {
  t: Messages;
  /** The locale dates and numbers are formatted in. */
  locale: string;
  data: ChannelsResponse;
  incidents: Incident[];
}

/** The site's channels in the order the site configured them, each with its live state. */
export function ChannelList({ t, locale, data, incidents }: Props) {
  const now = new Date();
  const affected = new Set(incidents.flatMap((incident) => (incident.channel ? [incident.channel] : [])));
  return (
    <ul class="channels" aria-label={t.channelsLabel}>
      {data.channels.map((channel) => (
        <li key={channel.id}>
          <ChannelCard t={t} channel={describeChannel(channel, { t, locale, now, recommended: data.recommended, affected })} />
        </li>
      ))}
    </ul>
  );
}
