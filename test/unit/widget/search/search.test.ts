import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../../widget/search/build-index';
import { loadIndex } from '../../../../widget/search/load-index';
import type { SearchDoc } from '../../../../widget/search/types';

type Article = Omit<SearchDoc, 'id'>;
const article = (title: string, tags: string[] = [], summary = '', body = ''): Article => ({ title, tags, summary, body });

/** Builds the index as the publish step does, round-trips it through JSON as the browser gets it. */
async function searchOver(locale: string, articles: Article[]) {
  const data = buildIndex(locale, articles.map((doc, id) => ({ id, ...doc })));
  const search = await loadIndex(JSON.parse(JSON.stringify(data)));
  return (query: string) => search.search(query, 5).map((hit) => articles[hit.id]!.title);
}

describe('search in English', () => {
  const articles = [
    article('Reset your control panel password', ['login', 'forgot'], 'Get a reset link by e-mail.'),
    article('Set up e-mail on your iPhone', ['iphone', 'ios', 'imap'], 'Add your mailbox to Apple Mail.'),
    article('Pay an invoice', ['billing', 'invoice'], 'Pay by card or PayPal.'),
    article('Point your domain to us', ['dns', 'a record'], 'Change the A record.', 'If your password is lost, see the reset article.'),
  ];

  it('matches the word being typed as a prefix', async () => {
    const find = await searchOver('en', articles);
    expect(find('pass')[0]).toBe('Reset your control panel password');
    expect(find('ipho')[0]).toBe('Set up e-mail on your iPhone');
  });

  it('ranks a title match above the same word in another article’s body', async () => {
    const find = await searchOver('en', articles);
    expect(find('password')).toEqual(['Reset your control panel password', 'Point your domain to us']);
  });

  it('finds inflected forms through the stem', async () => {
    const find = await searchOver('en', articles);
    expect(find('invoices ')[0]).toBe('Pay an invoice');
    expect(find('passwords')[0]).toBe('Reset your control panel password');
  });

  it('tolerates a common slip', async () => {
    const find = await searchOver('en', articles);
    expect(find('pasword')[0]).toBe('Reset your control panel password');
    expect(find('invocie')[0]).toBe('Pay an invoice');
  });

  it('puts the article that covers every word of a question first', async () => {
    const find = await searchOver('en', articles);
    expect(find('cant get mail on my iphone')[0]).toBe('Set up e-mail on your iPhone');
    expect(find('how do i change dns record')[0]).toBe('Point your domain to us');
  });

  it('completes a word still being typed from words that only the body holds', async () => {
    const find = await searchOver('en', [...articles, article('Mail limits', [], '', 'Bulk newsletters need a dedicated service.')]);
    expect(find('newsl')).toEqual(['Mail limits']);
    expect(find('newsl ')).toEqual([]);
  });

  it('finds nothing for text no article contains, and for an empty query', async () => {
    const find = await searchOver('en', articles);
    expect(find('zzzzqqq')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });

  it('highlights the words the query matched, as typed', async () => {
    const data = buildIndex('en', articles.map((doc, id) => ({ id, ...doc })));
    const search = await loadIndex(data);
    const marked = search.highlight('Reset your control panel password', 'pass res');
    expect(marked.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['Reset', 'password']);
    expect(marked.map((piece) => piece.text).join('')).toBe('Reset your control panel password');
  });

  it('highlights a hyphenated word found by its joined spelling', async () => {
    const search = await loadIndex(buildIndex('en', articles.map((doc, id) => ({ id, ...doc }))));
    const marked = search.highlight('Set up e-mail on your iPhone', 'email');
    expect(marked.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['e-mail']);
  });
});

describe('search in Swedish', () => {
  const articles = [
    article('Återställ lösenord till kontrollpanelen', ['lösenord', 'inloggning'], 'Få en länk via e-post.'),
    article('Byt lösenordet för e-post', ['e-post'], 'Välj ett nytt i kontrollpanelen.'),
    article('Betala en faktura', ['faktura', 'swish'], 'Betala med kort eller Swish.'),
    article('Inställningar för e-postservern', ['imap', 'smtp'], 'Servernamn och portar.'),
  ];

  it('finds "lösenord" from the definite form "lösenordet", and the other way round', async () => {
    const find = await searchOver('sv', articles);
    expect(find('lösenordet').slice(0, 2).sort()).toEqual(['Byt lösenordet för e-post', 'Återställ lösenord till kontrollpanelen']);
    expect(find('lösenord ').slice(0, 2).sort()).toEqual(['Byt lösenordet för e-post', 'Återställ lösenord till kontrollpanelen']);
  });

  it('folds å, ä and ö so text typed without them still matches', async () => {
    const find = await searchOver('sv', articles);
    expect(find('aterstall losenord')[0]).toBe('Återställ lösenord till kontrollpanelen');
    expect(find('installningar')[0]).toBe('Inställningar för e-postservern');
  });

  it('matches a plural through the stem and ignores stop words', async () => {
    const find = await searchOver('sv', articles);
    expect(find('hur betalar jag fakturor')[0]).toBe('Betala en faktura');
  });
});

describe('search in Dutch', () => {
  const articles = [
    article('Wachtwoord van het configuratiescherm herstellen', ['wachtwoord', 'inloggen']),
    article('Een factuur betalen met iDEAL', ['factuur', 'ideal', 'betalen']),
  ];

  it('finds singular articles from plurals and folds diacritics', async () => {
    const find = await searchOver('nl', articles);
    expect(find('wachtwoorden')[0]).toBe('Wachtwoord van het configuratiescherm herstellen');
    expect(find('facturen betalen')[0]).toBe('Een factuur betalen met iDEAL');
    expect(find('hoe kan ik betálen')[0]).toBe('Een factuur betalen met iDEAL');
  });
});

describe('search in Danish', () => {
  const articles = [
    article('Nulstil adgangskoden til kontrolpanelet', ['adgangskode', 'login']),
    article('Betal en faktura med MobilePay', ['faktura', 'mobilepay']),
    article('Flyt dit domæne til os', ['domæne', 'overførsel']),
  ];

  it('finds base forms from definite forms, and folds æ, ø and å', async () => {
    const find = await searchOver('da', articles);
    expect(find('adgangskode')[0]).toBe('Nulstil adgangskoden til kontrolpanelet');
    expect(find('domaenet')[0]).toBe('Flyt dit domæne til os');
    expect(find('overforsel')[0]).toBe('Flyt dit domæne til os');
    expect(find('fakturaer')[0]).toBe('Betal en faktura med MobilePay');
  });
});

describe('loadIndex', () => {
  it('refuses an index written in another format', async () => {
    await expect(loadIndex({ v: 0, locale: 'en' })).rejects.toThrow(/publish the articles again/);
  });
});
