import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { SETTINGS_FILE } from './test/e2e/support/server-settings';

/**
 * Browser tests against the real widget server and a host site on another origin, as on a
 * customer's site. Uses the system Chromium where there is one (CI, machines where Playwright
 * cannot download its own browser) and Playwright's own browser elsewhere.
 */
const SERVER_PORT = 4317;
const HOST_PORT = 4318;
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

// A fresh folder for the server's database and mail on every run, so each run starts clean. Made
// once, by the runner: the workers load this file too, and inherit the variable instead.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'support-widget-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${HOST_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // Without these, Chromium run as root in a sandbox without network fails or floods refused connections.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  webServer: [
    {
      command: 'tsx server/main.ts',
      env: {
        PORT: String(SERVER_PORT),
        DEMO_PORT: '0',
        HOST: '127.0.0.1',
        // Sites, channels, hours and tokens of the specs: see test/e2e/support/server-settings.ts.
        SETTINGS_FILE,
        DATABASE_URL: join(dataDir, 'support.sqlite'),
        MAIL_OUTBOX_DIR: join(dataDir, 'outbox'),
      },
      url: `http://127.0.0.1:${SERVER_PORT}/healthz`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: 'tsx test/e2e/support/serve-hosts.ts',
      env: { PORT: String(HOST_PORT), SERVER_URL: `http://127.0.0.1:${SERVER_PORT}` },
      url: `http://127.0.0.1:${HOST_PORT}/healthz`,
      reuseExistingServer: false,
    },
  ],
});
