import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Paths that must never reach a log line, whatever a call site passes by mistake: access tokens,
 * staff tokens, and what visitors and staff wrote. Routes log ids, references and sizes instead.
 */
export const REDACTED = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'message',
  '*.message',
  'body',
  '*.body',
  'comment',
  '*.comment',
  'identity',
  '*.identity',
];

/**
 * The server's structured JSON logger (one line per event, to stdout by default).
 *
 * @example const logger = createLogger('info'); logger.info({ reference }, 'ticket created');
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[redacted]' }, base: undefined }, destination);
}
