import { describe, expect, it } from 'vitest';
import { ticketPageUrl } from '../../../../widget/models/ticket-page-url';

describe('ticketPageUrl', () => {
  it('drops the hash, which can hold a ticket link\'s token', () => {
    expect(ticketPageUrl('https://www.example.com/billing?x=1#support-ticket=K7F-93QD.abc')).toBe('https://www.example.com/billing?x=1');
  });

  it('sends no address of a page that is not http or https', () => {
    expect(ticketPageUrl('file:///home/ada/page.html')).toBeUndefined();
    expect(ticketPageUrl(`https://example.com/${'a'.repeat(2000)}`)).toBeUndefined();
  });

  it('leaves out a page address the contract refuses, which the visitor could not mend', () => {
    expect(ticketPageUrl('http://127.0.0.1:8080/intranet')).toBeUndefined();
  });
});
