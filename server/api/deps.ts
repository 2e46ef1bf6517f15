import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Mailer } from '../mail/mailer';
import type { Settings } from '../settings/settings';
import type { Database } from '../store/schema';

/** Everything the API's routes need from outside: I/O behind small interfaces, so tests fake it. */
export interface ApiDeps {
  db: Kysely<Database>;
  dbKind: 'sqlite' | 'postgres';
  settings: Settings;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  /** Peers whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Public URL of this server, for links in e-mails. */
  publicUrl: string;
}
