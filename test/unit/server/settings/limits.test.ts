import { describe, expect, it } from 'vitest';
import { Settings } from '../../../../server/settings/settings';

describe('Settings limits', () => {
  it('defaults to 64 KiB bodies, 30 writes per address per 10 minutes and 5 per e-mail per hour', () => {
    expect(Settings.parse({}).limits).toEqual({ bodyBytes: 65_536, perIp: { max: 30, windowSeconds: 600 }, perEmail: { max: 5, windowSeconds: 3600 } });
  });

  it('keeps the defaults of the fields a settings file leaves out', () => {
    expect(Settings.parse({ limits: { perIp: { max: 100 } } }).limits).toEqual({
      bodyBytes: 65_536,
      perIp: { max: 100, windowSeconds: 600 },
      perEmail: { max: 5, windowSeconds: 3600 },
    });
  });

  it('names each bad limit by its path', () => {
    const result = Settings.safeParse({ limits: { bodyBytes: 10, perEmail: { max: 0, windowSeconds: 90_000 } } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['limits.bodyBytes', 'limits.perEmail.max', 'limits.perEmail.windowSeconds']);
  });
});
