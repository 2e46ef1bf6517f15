import { describe, expect, it } from 'vitest';
import { recommendedChannel } from '../../../../server/channels/recommended-channel';

describe('recommendedChannel', () => {
  it('picks the open channel with the shortest queue', () => {
    expect(recommendedChannel([
      { id: 'email', open: true, queueSeconds: 7200 },
      { id: 'chat', open: true, queueSeconds: 60 },
      { id: 'phone', open: true, queueSeconds: 300 },
    ])).toBe('chat');
  });

  it('skips closed channels and unknown queues', () => {
    expect(recommendedChannel([
      { id: 'chat', open: false, queueSeconds: 5 },
      { id: 'phone', open: true, queueSeconds: null },
      { id: 'email', open: true, queueSeconds: 7200 },
    ])).toBe('email');
  });

  it('keeps the first configured on a tie', () => {
    expect(recommendedChannel([
      { id: 'phone', open: true, queueSeconds: 60 },
      { id: 'chat', open: true, queueSeconds: 60 },
    ])).toBe('phone');
  });

  it('is null when nothing open has a known queue', () => {
    expect(recommendedChannel([{ id: 'chat', open: false, queueSeconds: 5 }])).toBeNull();
    expect(recommendedChannel([])).toBeNull();
  });
});
