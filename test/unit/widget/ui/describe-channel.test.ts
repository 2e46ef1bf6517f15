import { describe, expect, it } from 'vitest';
import type { ChannelState } from '../../../../server/contract/channels';
import { en, sv } from '../../../../widget/i18n/messages';
import { describeChannel, type DescribeContext } from '../../../../widget/ui/describe-channel';

// Friday 27 November 2026, 13:00 in Stockholm.
const now = new Date('2026-11-27T12:00:00Z');
const context: DescribeContext = { t: en, locale: 'en-GB', now, timeZone: 'Europe/Stockholm', recommended: null, affected: new Set() };
const channel = (fields: Partial<ChannelState>): ChannelState => ({
  id: 'chat',
  kind: 'chat',
  label: 'Chat',
  href: 'https://kestrel.example/chat',
  open: true,
  nextOpenAt: null,
  queueSeconds: null,
  queueSource: 'unknown',
  vipOnly: false,
  ...fields,
});

describe('describeChannel', () => {
  it('shows an open chat with its pushed queue as a rough wait', () => {
    const shown = describeChannel(channel({ queueSeconds: 240, queueSource: 'pushed' }), { ...context, recommended: 'chat' });
    expect(shown).toMatchObject({ state: 'Open now', opens: null, wait: 'Waiting time: about 4 minutes', recommended: true, external: true, address: null });
  });

  it('says the wait is unknown when the server has no figure', () => {
    expect(describeChannel(channel({}), context).wait).toBe('Waiting time unknown');
    expect(describeChannel(channel({ kind: 'email', href: 'mailto:support@kestrel.example' }), context).wait).toBe('Reply time unknown');
  });

  it('shows when a closed line opens instead of a queue nobody serves', () => {
    const shown = describeChannel(channel({ kind: 'phone', href: 'tel:+46812345600', open: false, nextOpenAt: '2026-11-30T08:00:00.000Z', queueSeconds: 60 }), context);
    expect(shown).toMatchObject({ state: 'Closed', opens: 'opens Monday 09:00', wait: null, address: '+46812345600', external: false });
  });

  it('keeps the expected reply of a closed e-mail channel: it can still be written to', () => {
    const shown = describeChannel(channel({ kind: 'email', href: 'mailto:support@kestrel.example', open: false, nextOpenAt: '2026-11-28T08:00:00.000Z', queueSeconds: 7200 }), context);
    expect(shown).toMatchObject({ state: 'Closed', opens: 'opens tomorrow 09:00', wait: 'Reply in about 2 hours' });
  });

  it('says nothing of an opening the server does not know', () => {
    expect(describeChannel(channel({ open: false, nextOpenAt: null }), context)).toMatchObject({ state: 'Closed', opens: null });
  });

  it('shows the address of a mailto: link without its query', () => {
    expect(describeChannel(channel({ kind: 'email', href: 'mailto:s%C3%B6k@kestrel.example?subject=Help' }), context).address).toBe('sök@kestrel.example');
  });

  it('drops a link that is not https, mailto or tel', () => {
    for (const href of ['javascript:alert(1)', 'http://kestrel.example/chat', 'data:text/html,hi', ' javascript:alert(1)']) {
      expect(describeChannel(channel({ href }), context)).toMatchObject({ href: null, external: false, address: null });
    }
  });

  it('marks a channel an active incident names', () => {
    expect(describeChannel(channel({}), { ...context, affected: new Set(['chat']) }).affected).toBe(true);
    expect(describeChannel(channel({}), context).affected).toBe(false);
  });

  it('speaks the visitor\'s language', () => {
    const shown = describeChannel(channel({ kind: 'phone', open: false, nextOpenAt: '2026-11-30T08:00:00.000Z' }), { ...context, t: sv, locale: 'sv' });
    expect(shown).toMatchObject({ state: 'Stängt', opens: 'öppnar måndag kl. 09:00' });
    expect(describeChannel(channel({ queueSeconds: 7200 }), { ...context, t: sv, locale: 'sv' }).wait).toBe('Väntetid: cirka 2 timmar');
  });
});
