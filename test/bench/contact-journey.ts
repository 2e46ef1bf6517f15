import type { Browser, Page } from '@playwright/test';
import { CONTACT_PROBE } from './contact-probe';
import { filesBetween, type ResourceEntry } from './files-between';
import type { FetchedFile } from './first-open';
import { openWidget } from './open-widget';
import { summariseTimes } from './stats';

interface Probe {
  start: number;
  shown: number | null;
  write: number | null;
  ready: number | null;
}

type Figures = ReturnType<typeof summariseTimes>;

export interface ContactJourney {
  /** Scripts and styles fetched from the click on "Contact us" until the contact step showed. */
  contactFiles: FetchedFile[];
  /** ...from the click on "Write to us" until the form's first field was interactive; null: no form in this build. */
  formFiles: FetchedFile[] | null;
  /** The CPU slowdown of the timed runs (CDP Emulation.setCPUThrottlingRate). */
  cpuThrottle: number;
  /** "Contact us" to the contact step shown, throttled, one fresh browser context per run. */
  contactMs: Figures;
  /** "Contact us" to an interactive ticket form ("Write to us" clicked as soon as it is there); null: no form. */
  formMs: Figures | null;
}

/**
 * One visit in a fresh context (an empty cache, as a first-time visitor): loads the host page,
 * opens the widget and lets it settle (articles, API client, incidents), then runs the probe.
 * Returns the probe's marks, the page's resource timings and every response body by URL.
 */
async function visit(browser: Browser, hostUrl: string, untilForm: boolean, cpuThrottle: number) {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    const bodies = new Map<string, Uint8Array>();
    const reading: Promise<void>[] = [];
    page.on('response', (response) => reading.push(response.body().then((body) => void bodies.set(response.url(), body), () => undefined)));
    if (cpuThrottle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await openWidget(page, hostUrl);
    await page.waitForLoadState('networkidle');
    await page.evaluate(CONTACT_PROBE);
    const probe = (await page.evaluate(`window.__contactProbe(${untilForm})`)) as Probe;
    const entries = (await page.evaluate(`performance.getEntriesByType('resource').map(({ name, startTime }) => ({ name, startTime }))`)) as ResourceEntry[];
    await Promise.all(reading);
    return { probe, entries, bodies };
  } finally {
    await context.close();
  }
}

/**
 * The contact step and the ticket form on the demo page in Chromium: what each downloads (gzip,
 * one unthrottled visit each) and how long "Contact us" takes to a shown contact step and to an
 * interactive form on a CPU slowed `cpuThrottle` times, over `runs` visits each. A build without
 * the ticket form (no `button.write-to-us` in the contact step) reports null for the form.
 *
 * @example const journey = await measureContactJourney(browser, hostUrl, serverUrl, { runs: 7 });
 */
export async function measureContactJourney(browser: Browser, hostUrl: string, serverUrl: string, { runs = 7, cpuThrottle = 4 } = {}): Promise<ContactJourney> {
  const contact = await visit(browser, hostUrl, false, 1);
  const contactFiles = filesBetween(contact.entries, { from: contact.probe.start, to: contact.probe.shown! }, contact.bodies, serverUrl);
  const form = await visit(browser, hostUrl, true, 1);
  const hasForm = form.probe.write !== null;
  const formFiles = hasForm ? filesBetween(form.entries, { from: form.probe.write!, to: form.probe.ready! }, form.bodies, serverUrl) : null;

  const contactTimes: number[] = [];
  const formTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { probe } = await visit(browser, hostUrl, false, cpuThrottle);
    contactTimes.push(probe.shown! - probe.start);
    if (hasForm) {
      const timed = (await visit(browser, hostUrl, true, cpuThrottle)).probe;
      formTimes.push(timed.ready! - timed.start);
    }
  }
  return { contactFiles, formFiles, cpuThrottle, contactMs: summariseTimes(contactTimes), formMs: hasForm ? summariseTimes(formTimes) : null };
}
