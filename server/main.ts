import { createApp } from './app';
import { loadConfig } from './config';
import { createHostSite } from './demo/host-site';
import { listen } from './listen';

// Wiring only: settings from the environment, the widget server, and the demo host site.
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const server = await listen(createApp(config).fetch, config.PORT, config.HOST, 'PORT');
console.log(`Widget server:  ${config.publicUrl}  (widget ${config.publicUrl}/widget/widget.js, articles ${config.publicUrl}/articles/)`);

if (config.DEMO_PORT !== 0) {
  const demo = createHostSite({
    pagesDir: new URL('./demo/pages', import.meta.url).pathname,
    widgetUrl: `${config.publicUrl}/widget/widget.js`,
    serverUrl: config.publicUrl,
  });
  await listen(demo.fetch, config.DEMO_PORT, config.HOST, 'DEMO_PORT');
  console.log(`\nDemo host site: http://${config.HOST}:${config.DEMO_PORT}/   <- open this in a browser\n`);
}

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
