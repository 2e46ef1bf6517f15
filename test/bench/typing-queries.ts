/**
 * What visitors type into a web host's help search, lower case and with the usual shortcuts:
 * typed a character at a time for the keystroke latency. They fit both the shipped articles and
 * the generated corpus.
 */
export const TYPING_QUERIES = [
  'cant get mail on iphone',
  'reset email password',
  'ftp login failed',
  'outlook smtp port',
  'ssl certificate expired',
  'move domain to kestrel',
  'lost my 2fa phone',
  'wordpress white screen',
  'change nameservers',
  'restore backup from yesterday',
  'update credit card',
  'php version',
  'dns not updating',
  'spam filter',
];
