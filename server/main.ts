import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { createHostSite } from './demo/host-site';

// Wiring only: settings from the environment, the widget server, and the demo host site.
let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const server = serve({ fetch: createApp(config).fetch, port: config.PORT, hostname: config.HOST }, (info) => {
  console.log(`Widget server:  ${config.publicUrl}  (widget ${config.publicUrl}/widget/widget.js, articles ${config.publicUrl}/articles/)`);
  if (config.DEMO_PORT === 0) return;
  const demo = createHostSite({
    pagesDir: new URL('./demo/pages', import.meta.url).pathname,
    widgetUrl: `${config.publicUrl}/widget/widget.js`,
    serverUrl: config.publicUrl,
  });
  serve({ fetch: demo.fetch, port: config.DEMO_PORT, hostname: config.HOST }, () => {
    console.log(`Demo host site: http://${config.HOST}:${config.DEMO_PORT}/   <- open this in a browser (port ${info.port} serves the widget)`);
  });
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
