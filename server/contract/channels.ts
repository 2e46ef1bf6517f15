import * as z from 'zod/mini';

// Ways to reach support, with whether each is open and how long its queue is. Times are instants
// (UTC ISO-8601): the widget shows them in the visitor's own time zone.

export const CHANNEL_KINDS = ['email', 'chat', 'phone', 'social'] as const;
export const ChannelKind = z.enum(CHANNEL_KINDS);
export type ChannelKind = z.infer<typeof ChannelKind>;

/** live: computed from tickets (e-mail); pushed: reported by the contact centre; unknown: no recent figure. */
export const QUEUE_SOURCES = ['live', 'pushed', 'unknown'] as const;
export const QueueSource = z.enum(QUEUE_SOURCES);
export type QueueSource = z.infer<typeof QueueSource>;

/**
 * Request headers carrying a signed visitor identity on a GET (the same three values as a
 * ticket body's `identity`): HMAC-SHA256 hex of `${email.toLowerCase()}\n${plan}` with the site's
 * identity secret. A missing or wrong signature makes the visitor anonymous, never an error.
 */
export const IDENTITY_HEADERS = { email: 'X-Identity-Email', plan: 'X-Identity-Plan', signature: 'X-Identity-Signature' } as const;

export const ChannelState = z.object({
  id: z.string(),
  kind: ChannelKind,
  label: z.string(),
  /** mailto:, tel: or an https link; null when the channel has none. */
  href: z.nullable(z.string()),
  open: z.boolean(),
  /** When it next opens: null while open, or when it never opens within a year. */
  nextOpenAt: z.nullable(z.string()),
  /** Expected wait in seconds (e-mail: until the first reply); null when unknown. */
  queueSeconds: z.nullable(z.int()),
  queueSource: QueueSource,
  vipOnly: z.boolean(),
});
export type ChannelState = z.infer<typeof ChannelState>;

/** `GET /api/channels`: the channels this visitor may use, in the order configured. */
export const ChannelsResponse = z.object({
  channels: z.array(ChannelState),
  /** The open channel with the shortest known queue; null when none is open with a known queue. */
  recommended: z.nullable(z.string()),
});
export type ChannelsResponse = z.infer<typeof ChannelsResponse>;
