import type { ChannelKind } from '../../server/contract/channels';

// Constant outlines, drawn with the text colour; the channel's name says what it is.
const paths: Record<ChannelKind, string[]> = {
  email: ['M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z', 'M3 7l9 6 9-6'],
  chat: ['M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z'],
  phone: ['M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2'],
  social: ['M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6', 'M6 9.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM18 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM18 15.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z'],
};

/** The outline icon of a kind of channel; decorative, hidden from assistive technology. */
export function ChannelIcon({ kind }: { kind: ChannelKind }) {
  return (
    <svg class="channel-icon" viewBox="0 0 24 24" aria-hidden="true">
      {paths[kind].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
