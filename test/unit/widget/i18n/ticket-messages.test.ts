import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../../widget/i18n/messages';
import { ticketMessagesFor } from '../../../../widget/i18n/ticket-messages';

describe('ticketMessagesFor', () => {
  it('gives the shell’s strings and the ticket views’ own in the same language', () => {
    const t = ticketMessagesFor('sv');
    expect(t.back).toBe(messagesFor('sv').back);
    expect(t.formTitle).not.toBe(ticketMessagesFor('en').formTitle);
    expect(t.csatQuestion).not.toBe(ticketMessagesFor('en').csatQuestion);
  });

  it('has every key in every language', () => {
    const keys = Object.keys(ticketMessagesFor('en')).sort();
    for (const locale of ['sv', 'nl', 'da']) expect(Object.keys(ticketMessagesFor(locale)).sort(), locale).toEqual(keys);
  });

  it('falls back to English for a language without strings, as the shell does', () => {
    expect(ticketMessagesFor('ar')).toBe(ticketMessagesFor('en'));
    expect(ticketMessagesFor('ar').panelTitle).toBe(messagesFor('ar').panelTitle);
  });
});
