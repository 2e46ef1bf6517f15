import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Mail, Mailer } from './mailer';

/**
 * The mailer for this process. Without an SMTP server configured, mail goes to files in
 * MAIL_OUTBOX_DIR (default .data/outbox), one .eml per message, so a developer can read it.
 */
export function createMailer(config: { MAIL_OUTBOX_DIR?: string }, logger: Logger): Mailer {
  const dir = config.MAIL_OUTBOX_DIR ?? '.data/outbox';
  return {
    async send(mail: Mail) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID().slice(0, 8)}.eml`);
      writeFileSync(file, `To: ${mail.to}\nSubject: ${mail.subject}\nContent-Type: text/plain; charset=utf-8\n\n${mail.text}\n`);
      logger.info({ file }, 'mail written to the outbox');
    },
  };
}
