/**
 * Words a web host's help centre is made of, for the generated bench corpus. Each subject
 * belongs to a category and brings its own nouns, so generated articles read roughly like real
 * ones and queries typed against them find a realistic number of near misses.
 */
export interface Subject {
  name: string;
  category: string;
  words: string[];
}

export const ACTIONS = [
  'Set up', 'Reset', 'Change', 'Move', 'Renew', 'Cancel', 'Fix', 'Enable', 'Disable', 'Troubleshoot',
  'Connect to', 'Upgrade', 'Restore', 'Transfer', 'Configure', 'Delete', 'Add', 'Verify', 'Back up', 'Check',
];

export const SUBJECTS: Subject[] = [
  { name: 'your email account', category: 'Email', words: ['mailbox', 'imap', 'smtp', 'inbox', 'webmail', 'quota'] },
  { name: 'a mailbox password', category: 'Email', words: ['password', 'mailbox', 'login', 'webmail', 'reset link'] },
  { name: 'email forwarding', category: 'Email', words: ['forwarder', 'alias', 'catch-all', 'redirect', 'copy'] },
  { name: 'the spam filter', category: 'Email', words: ['spam', 'junk', 'quarantine', 'whitelist', 'blacklist', 'score'] },
  { name: 'an autoresponder', category: 'Email', words: ['vacation', 'reply', 'out of office', 'message', 'schedule'] },
  { name: 'MX records', category: 'Domains', words: ['mx', 'priority', 'mail server', 'dns', 'hostname'] },
  { name: 'a DNS record', category: 'Domains', words: ['dns', 'a record', 'cname', 'txt', 'ttl', 'zone'] },
  { name: 'your nameservers', category: 'Domains', words: ['nameserver', 'ns1', 'registrar', 'propagation', 'dns'] },
  { name: 'a domain name', category: 'Domains', words: ['domain', 'registrar', 'auth code', 'whois', 'expiry', 'renewal'] },
  { name: 'a subdomain', category: 'Domains', words: ['subdomain', 'document root', 'cname', 'folder', 'dns'] },
  { name: 'an SSL certificate', category: 'Security', words: ['ssl', 'https', 'certificate', "let's encrypt", 'padlock', 'expired'] },
  { name: 'two-factor authentication', category: 'Security', words: ['2fa', 'authenticator', 'code', 'backup codes', 'phone'] },
  { name: 'SSH keys', category: 'Security', words: ['ssh', 'key pair', 'public key', 'terminal', 'port 22'] },
  { name: 'a firewall rule', category: 'Security', words: ['firewall', 'ip address', 'block', 'allow', 'brute force'] },
  { name: 'an FTP account', category: 'FTP & Files', words: ['ftp', 'filezilla', 'ftps', 'port 21', 'upload', 'folder'] },
  { name: 'the file manager', category: 'FTP & Files', words: ['files', 'permissions', 'chmod', 'upload', 'zip', 'public_html'] },
  { name: 'a MySQL database', category: 'Databases', words: ['mysql', 'phpmyadmin', 'database user', 'import', 'export', 'sql'] },
  { name: 'a database backup', category: 'Databases', words: ['dump', 'backup', 'restore', 'mysql', 'gzip'] },
  { name: 'a WordPress site', category: 'WordPress', words: ['wordpress', 'wp-admin', 'plugin', 'theme', 'login', 'white screen'] },
  { name: 'WordPress caching', category: 'WordPress', words: ['cache', 'speed', 'plugin', 'page load', 'cdn'] },
  { name: 'the PHP version', category: 'Websites', words: ['php', 'version', 'extension', 'php.ini', 'memory limit'] },
  { name: 'a cron job', category: 'Websites', words: ['cron', 'schedule', 'script', 'crontab', 'every hour'] },
  { name: 'an HTTPS redirect', category: 'Websites', words: ['redirect', 'https', '.htaccess', 'www', '301'] },
  { name: 'a staging site', category: 'Websites', words: ['staging', 'copy', 'live site', 'push', 'test'] },
  { name: 'website backups', category: 'Backups', words: ['backup', 'snapshot', 'restore', 'daily', 'retention', 'download'] },
  { name: 'your control panel password', category: 'Account', words: ['control panel', 'password', 'login', 'reset link', 'account'] },
  { name: 'account users', category: 'Account', words: ['user', 'permission', 'role', 'invite', 'access'] },
  { name: 'your hosting plan', category: 'Billing', words: ['plan', 'starter', 'business', 'pro', 'upgrade', 'downgrade'] },
  { name: 'an invoice', category: 'Billing', words: ['invoice', 'receipt', 'vat', 'payment', 'due date', 'pdf'] },
  { name: 'your payment method', category: 'Billing', words: ['credit card', 'paypal', 'direct debit', 'payment', 'expired card'] },
];

export const CONTEXTS = [
  'on iPhone', 'on Android', 'in Outlook', 'in Thunderbird', 'on macOS', 'on Windows', 'for a new domain',
  'after a domain transfer', 'on the Business plan', 'on the Starter plan', 'in the control panel', 'over SSH',
  'for WordPress', 'with Cloudflare', 'when it times out', 'after a migration', 'for a second website', 'step by step',
];

/** Words that fill the sentences between the subject's own nouns. */
export const COMMON = [
  'server', 'settings', 'account', 'control panel', 'website', 'visitors', 'error', 'message', 'browser', 'minutes',
  'hours', 'support', 'hosting', 'connection', 'address', 'username', 'port', 'security', 'update', 'page',
];

export const OPENERS = [
  'Most people finish this in a few minutes.', 'You need access to the control panel for this.',
  'This works the same on every plan.', 'If something goes wrong, you can undo it later.',
  'Our support team can help if you get stuck.', 'Changes usually take effect within a few minutes.',
];
