import { createApp } from './app';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { createHostSite } from './demo/host-site';
import { listen } from './listen';
import { createLogger } from './log/create-logger';
import { createMailer } from './mail/create-mailer';
import { loadSettings } from './settings/load-settings';
import { openDatabase } from './store/database';
import { migrate } from './store/migrate';

// Wiring only: settings from the environment and the settings file, the store, the widget server
// with its API, and the demo host site.
let config;
let settings;
try {
  config = loadConfig(process.env);
  settings = loadSettings(config.SETTINGS_FILE);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const logger = createLogger(config.LOG_LEVEL);
const store = openDatabase(config.DATABASE_URL);
try {
  await migrate(store.db);
} catch (error) {
  console.error(`cannot prepare the database at ${store.kind === 'postgres' ? 'DATABASE_URL' : config.DATABASE_URL}: ${(error as Error).message}`);
  process.exit(1);
}

const app = createApp({
  config,
  api: {
    db: store.db,
    dbKind: store.kind,
    settings,
    clock: systemClock,
    logger,
    mailer: createMailer(config, logger),
    trustedProxies: config.TRUSTED_PROXIES,
    publicUrl: config.publicUrl,
  },
});
const server = await listen(app.fetch, config.PORT, config.HOST, 'PORT');
console.log(`Widget server:  ${config.publicUrl}  (widget ${config.publicUrl}/widget/widget.js, API ${config.publicUrl}/api/, ${store.kind})`);

if (config.DEMO_PORT !== 0) {
  const demo = createHostSite({
    pagesDir: new URL('./demo/pages', import.meta.url).pathname,
    widgetUrl: `${config.publicUrl}/widget/widget.js`,
    serverUrl: config.publicUrl,
  });
  await listen(demo.fetch, config.DEMO_PORT, config.HOST, 'DEMO_PORT');
  console.log(`\nDemo host site: http://${config.HOST}:${config.DEMO_PORT}/   <- open this in a browser\n`);
}

const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
