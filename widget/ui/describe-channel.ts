import type { ChannelState } from '../../server/contract/channels';
import { dayAndTime, roughDuration } from '../i18n/format';
import type { Messages } from '../i18n/messages';

/** One channel as the contact step shows it: every text ready, in the visitor's words and zone. */
export interface ChannelDisplay {
  id: string;
  kind: ChannelState['kind'];
  name: string;
  /** The address a mailto: or tel: link leads to, shown so it can be read or copied. */
  address: string | null;
  /** A link the widget is willing to render: https:, mailto: or tel: only. */
  href: string | null;
  /** An https link, which opens in a new tab. */
  external: boolean;
  open: boolean;
  /** "Open now", or "Closed" ... */
  state: string;
  /** ... and when it opens: "opens Monday 9:00 AM". */
  opens: string | null;
  /** "Waiting time: about 4 minutes", "Reply in about 2 hours", or unknown; null for a closed line. */
  wait: string | null;
  recommended: boolean;
  affected: boolean;
}

export interface DescribeContext {
  t: Messages;
  /** The locale to format in (see formattingLocale). */
  locale: string;
  now: Date;
  /** Default: the browser's zone. */
  timeZone?: string;
  recommended: string | null;
  /** Ids of channels an active incident names. */
  affected: ReadonlySet<string>;
}

const SAFE_HREF = /^(https:\/\/|mailto:|tel:)/i;

function addressOf(href: string): string | null {
  const [scheme, rest = ''] = href.split(/:(.*)/s);
  if (!/^(mailto|tel)$/i.test(scheme ?? '')) return null;
  try {
    return decodeURIComponent(rest.split('?')[0] ?? '') || null;
  } catch {
    return null;
  }
}

/**
 * Turns a channel from `GET /api/channels` into what the visitor reads. E-mail can be written to
 * even while closed, so its expected reply always shows; a closed chat or phone line shows when it
 * opens instead of a queue nobody is serving.
 *
 * @example describeChannel(chat, { t, locale: 'en-US', now: new Date(), recommended: 'chat', affected: new Set() }).wait
 * // 'Waiting time: about 4 minutes'
 */
export function describeChannel(channel: ChannelState, context: DescribeContext): ChannelDisplay {
  const { t, locale, now, timeZone } = context;
  const href = channel.href && SAFE_HREF.test(channel.href) ? channel.href : null;
  const duration = channel.queueSeconds === null ? null : roughDuration(channel.queueSeconds, locale, { underMinute: t.underMinute, minutes: t.minutes, hours: t.hours, days: t.days });
  const isEmail = channel.kind === 'email';
  const wait = !channel.open && !isEmail ? null : isEmail ? (duration ? t.replyIn(duration) : t.replyTimeUnknown) : duration ? t.waitTime(duration) : t.waitUnknown;
  return {
    id: channel.id,
    kind: channel.kind,
    name: channel.label,
    address: href ? addressOf(href) : null,
    href,
    external: href !== null && /^https:/i.test(href),
    open: channel.open,
    state: channel.open ? t.openNow : t.closed,
    opens: !channel.open && channel.nextOpenAt ? t.opensAt(dayAndTime(new Date(channel.nextOpenAt), now, locale, timeZone)) : null,
    wait,
    recommended: channel.id === context.recommended,
    affected: context.affected.has(channel.id),
  };
}
