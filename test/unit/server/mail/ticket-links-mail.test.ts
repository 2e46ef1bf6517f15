import { describe, expect, it } from 'vitest';
import { ticketLinksMail } from '../../../../server/mail/ticket-links-mail';

describe('ticketLinksMail', () => {
  const mail = ticketLinksMail({
    to: 'ada@example.com',
    name: 'Ada',
    siteName: 'Kestrel',
    links: [
      { reference: 'K7F-93QD', subject: '<b>Mail</b> down', status: 'waiting', url: 'https://www.kestrel.test/#support-ticket=K7F-93QD.t1' },
      { reference: 'M2P-44XY', subject: 'Invoice', status: 'solved', url: 'https://www.kestrel.test/#support-ticket=M2P-44XY.t2' },
    ],
  });

  it('addresses the visitor and names the site', () => {
    expect(mail.to).toBe('ada@example.com');
    expect(mail.subject).toBe('Your support tickets at Kestrel');
    expect(mail.text).toMatch(/^Hello Ada,/);
  });

  it('lists each ticket with its reference, subject as written, state and link, in the given order', () => {
    expect(mail.text).toContain('K7F-93QD  <b>Mail</b> down (waiting for your answer)\nhttps://www.kestrel.test/#support-ticket=K7F-93QD.t1');
    expect(mail.text).toContain('M2P-44XY  Invoice (solved)\nhttps://www.kestrel.test/#support-ticket=M2P-44XY.t2');
    expect(mail.text.indexOf('K7F-93QD')).toBeLessThan(mail.text.indexOf('M2P-44XY'));
  });
});
