import { describe, expect, it } from 'vitest';
import { Settings } from '../../../../server/settings/settings';

const withHours = (hours: unknown) => Settings.safeParse({ channels: [{ id: 'chat', kind: 'chat', label: 'Chat', hours }] });
const messages = (result: ReturnType<typeof withHours>) => (result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));

describe('channel settings', () => {
  it('takes spans that end at 24:00', () => {
    expect(withHours({ fri: ['18:00-24:00'], sat: ['00:00-02:00'] }).success).toBe(true);
  });

  it('refuses a span that ends before it starts, pointing at the overnight form', () => {
    expect(messages(withHours({ fri: ['22:00-02:00'] }))).toEqual(['channels.0.hours.fri.0: the span must end after it starts (overnight: end at 24:00, go on at 00:00 the next day)']);
  });

  it.each(['24:00-24:00', '09:00-24:30', '9:00-17:00', '09:00-17:60'])('refuses the malformed span %s', (span) => {
    expect(withHours({ mon: [span] }).success).toBe(false);
  });

  it('defaults vipPlans to none', () => {
    expect(Settings.parse({}).vipPlans).toEqual([]);
  });
});
