import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** The flags the e2e tests use: without them Chromium as root in a sandbox without network fails or stalls. */
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/**
 * Headless Chromium: the system one at /usr/bin/chromium when there is one, else Playwright's own.
 *
 * @example const browser = await launchChromium(); try { ... } finally { await browser.close(); }
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  return chromium.launch({ headless: true, args: ARGS, ...(executablePath ? { executablePath } : {}) });
}
