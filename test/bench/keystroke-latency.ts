import type { Browser, Page } from '@playwright/test';
import { KEYSTROKE_PROBE } from './keystroke-probe';
import { openWidget, SEARCH_INPUT } from './open-widget';
import { summariseTimes } from './stats';
import { TYPING_QUERIES } from './typing-queries';

interface Timing {
  /** ms to the frame after the suggestions changed; null when they did not change. */
  rendered: number | null;
  /** ms to the list change reaching the DOM; null when it did not change. */
  commit: number | null;
  /** ms to the first frame after the keystroke. */
  frame: number;
}

interface Figures {
  count: number;
  median: number;
  p95: number;
}

export interface KeystrokeLatency {
  /** Keystrokes that changed the suggestions: keystroke to rendered change. The headline figure. */
  rendered: Figures;
  /** The same keystrokes, to the change reaching the DOM: the search and render work alone. */
  commit: Figures;
  /** Every keystroke typed, to the first frame after it. */
  nextFrame: Figures;
  /** Keystrokes after which the suggestions did not change at all (same results, same marks). */
  unchanged: number;
}

const nextFrames = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))';

/** Types `text` a character at a time, waiting for each keystroke's result before the next. */
async function typeMeasured(page: Page, text: string): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const char of text) {
    await page.keyboard.type(char);
    timings.push((await page.evaluate('window.__keystrokeProbe.next()')) as Timing);
  }
  await page.keyboard.press('Escape'); // clears the box without an input event
  await page.evaluate(nextFrames);
  return timings;
}

/**
 * Keystroke-to-rendered-suggestions latency of the real widget on a host page, in Chromium:
 * types realistic queries a character at a time (after one unmeasured warm-up query) until at
 * least `keystrokes` keystrokes changed the suggestions (finishing the query under way), and
 * gives the median and 95th percentile.
 *
 * @example const { rendered } = await measureKeystrokeLatency(browser, 'http://127.0.0.1:4318/');
 */
export async function measureKeystrokeLatency(browser: Browser, hostUrl: string, { keystrokes = 200, queries = TYPING_QUERIES } = {}): Promise<KeystrokeLatency> {
  const page = await browser.newPage();
  try {
    await openWidget(page, hostUrl);
    await page.evaluate(KEYSTROKE_PROBE);
    await page.locator(SEARCH_INPUT).focus();
    await typeMeasured(page, queries.at(-1) ?? 'warm up');
    const timings: Timing[] = [];
    const changed = () => timings.filter((timing) => timing.rendered !== null).length;
    // The cap stops a widget that never updates its list from keeping the bench typing forever.
    for (let i = 0; changed() < keystrokes && timings.length < keystrokes * 5; i++) {
      timings.push(...(await typeMeasured(page, queries[i % queries.length]!)));
    }
    const measured = timings.filter((timing) => timing.rendered !== null);
    return {
      rendered: summariseTimes(measured.map((timing) => timing.rendered!)),
      commit: summariseTimes(measured.map((timing) => timing.commit!)),
      nextFrame: summariseTimes(timings.map((timing) => timing.frame)),
      unchanged: timings.length - changed(),
    };
  } finally {
    await page.close();
  }
}
