import { z } from 'zod';
import { trustedProxies } from './protection/trusted-proxies';

/**
 * Server settings, from the environment. Every one is optional; the defaults below are the
 * documented ones (README "Server settings"). Validated once at start: a bad value stops the
 * server with a message naming the variable and what it should be.
 */
const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const ServerConfig = z.object({
  PORT: port(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The demo host site, on its own origin as a real customer's site would be; 0 turns it off. */
  DEMO_PORT: port(8788),
  WIDGET_DIR: z.string().min(1).default('dist/widget'),
  ARTICLES_DIR: z.string().min(1).default('dist/articles'),
  /** Public URL of this server as browsers reach it; default http://HOST:PORT. */
  PUBLIC_URL: z.url().optional(),
  /** postgres://… for PostgreSQL (any number of processes), else the path of an SQLite file. */
  DATABASE_URL: z.string().min(1).default('.data/support.sqlite'),
  /** JSON file with sites, staff, channels and opening hours (see README); default: the demo's. */
  SETTINGS_FILE: z.string().min(1).optional(),
  /** Comma-separated proxy addresses whose X-Forwarded-For is believed; default: none. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((address) => address.trim()).filter(Boolean))
    .check((ctx) => {
      try {
        trustedProxies(ctx.value);
      } catch (error) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: (error as Error).message.replace(/^TRUSTED_PROXIES: /, '') });
      }
    }),
  /** Folder where mail is written as .eml files, for development (no SMTP server is configured). */
  MAIL_OUTBOX_DIR: z.string().min(1).default('.data/outbox'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type ServerConfig = z.infer<typeof ServerConfig> & { publicUrl: string };

/** Parses `env`; throws an Error whose message lists every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const keys = Object.keys(ServerConfig.shape);
  const given = Object.fromEntries(keys.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]));
  const result = ServerConfig.safeParse(given);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}=${JSON.stringify(given[String(issue.path[0])])}: ${issue.message}`);
    throw new Error(`invalid server settings:\n${problems.join('\n')}`);
  }
  const config = result.data;
  return { ...config, publicUrl: (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, '') };
}
