import { describe, expect, it } from 'vitest';
import type { ContactJourney } from '../../../test/bench/contact-journey';
import { contactJourneyJson, contactJourneyRows } from '../../../test/bench/format-contact-journey';

const figures = { count: 7, median: 312.34, p95: 498.96 };
const withForm: ContactJourney = {
  contactFiles: [{ path: '/widget/api-client.abc.js', kind: 'script', bytes: 30000, gzip: 9000 }],
  formFiles: [
    { path: '/widget/ticket-form.def.js', kind: 'script', bytes: 20000, gzip: 6000 },
    { path: '/widget/ticket-form.def.css', kind: 'style', bytes: 4000, gzip: 1200 },
  ],
  cpuThrottle: 4,
  contactMs: figures,
  formMs: { count: 7, median: 640.04, p95: 901.55 },
};
const withoutForm: ContactJourney = { ...withForm, contactFiles: [], formFiles: null, formMs: null };

describe('contactJourneyRows', () => {
  it('gives each step’s gzip total, its files and both throttled times', () => {
    const text = contactJourneyRows(withForm).join('\n');
    expect(text).toMatch(/"Contact us" to the contact step shown\s+9,000 B/);
    expect(text).toMatch(/"Write to us" to an interactive form\s+7,200 B/);
    expect(text).toMatch(/style\s+\/widget\/ticket-form\.def\.css\s+1,200 B/);
    expect(text).toMatch(/interactive ticket form, CPU 4x slower\s+median\s+640\.0\s+p95\s+901\.5\s+\(7 runs\)/);
  });

  it('says the form is not in the build instead of a figure, and when the contact step fetched nothing', () => {
    const text = contactJourneyRows(withoutForm).join('\n');
    expect(text.match(/form not present in this build/g)).toHaveLength(2);
    expect(text).toContain('0 B  (nothing: an earlier step loaded it)');
    expect(text).toMatch(/contact step shown, CPU 4x slower\s+median\s+312\.3/);
  });
});

describe('contactJourneyJson', () => {
  it('sums the files and rounds the times to a tenth of a millisecond', () => {
    expect(contactJourneyJson(withForm)).toEqual({
      formPresent: true,
      contactGzip: 9000,
      contactFiles: [{ path: '/widget/api-client.abc.js', kind: 'script', gzip: 9000 }],
      formGzip: 7200,
      formFiles: [
        { path: '/widget/ticket-form.def.js', kind: 'script', gzip: 6000 },
        { path: '/widget/ticket-form.def.css', kind: 'style', gzip: 1200 },
      ],
      cpuThrottle: 4,
      contactShown: { runs: 7, medianMs: 312.3, p95Ms: 499 },
      formInteractive: { runs: 7, medianMs: 640, p95Ms: 901.6 },
    });
  });

  it('gives null for the form when the build has none', () => {
    expect(contactJourneyJson(withoutForm)).toMatchObject({ formPresent: false, formGzip: null, formFiles: null, formInteractive: null });
  });
});
