import { openWidget } from './support/open-widget';
import { expect, test } from './support/fixtures';

/** Typed one character at a time; after the last character of `typed`, `shows` are among the suggestions. */
interface Step {
  typed: string;
  shows: string[];
  /** The best suggestion, where the query leaves no doubt. */
  first?: string;
}

const cases: { name: string; page: string; locale: string; steps: Step[] }[] = [
  {
    name: 'suggests password articles for "password reset" in English',
    page: '/suggestions-en',
    locale: 'en',
    steps: [
      { typed: 'pass', shows: ['Reset your control panel password', 'Reset an e-mail password'] },
      { typed: 'word reset', shows: ['Reset your control panel password', 'Reset an e-mail password'], first: 'Reset your control panel password' },
    ],
  },
  {
    name: 'suggests the Swedish password articles for "lösenord"',
    page: '/suggestions-sv',
    locale: 'sv',
    steps: [
      { typed: 'lös', shows: ['Återställ lösenordet till en e-postadress', 'Återställ lösenordet till kontrollpanelen'] },
      { typed: 'enord', shows: ['Återställ lösenordet till en e-postadress', 'Återställ lösenordet till kontrollpanelen'] },
    ],
  },
  {
    name: 'suggests the Swedish password articles for "losenord" typed without diacritics',
    page: '/suggestions-sv',
    locale: 'sv',
    steps: [{ typed: 'losenord', shows: ['Återställ lösenordet till en e-postadress', 'Återställ lösenordet till kontrollpanelen'] }],
  },
  {
    name: 'suggests the Dutch password articles for "wachtwoord"',
    page: '/suggestions-nl',
    locale: 'nl',
    steps: [
      { typed: 'wacht', shows: ['Wachtwoord van het controlepaneel vergeten', 'Wachtwoord van je mailbox wijzigen'] },
      { typed: 'woord', shows: ['Wachtwoord van het controlepaneel vergeten', 'Wachtwoord van je mailbox wijzigen'] },
    ],
  },
  {
    name: 'suggests moving a domain for "domein verhuizen" in Dutch',
    page: '/suggestions-nl',
    locale: 'nl',
    steps: [
      { typed: 'domein', shows: ['Je domein naar Kestrel verhuizen', 'Je domein naar Kestrel laten wijzen'] },
      { typed: ' verh', shows: ['Je domein naar Kestrel verhuizen'], first: 'Je domein naar Kestrel verhuizen' },
    ],
  },
  {
    name: 'suggests the Danish password articles for "adgangskode"',
    page: '/suggestions-da',
    locale: 'da',
    steps: [
      { typed: 'adgang', shows: ['Nulstil adgangskoden til en e-mailkonto', 'Nulstil adgangskoden til kontrolpanelet'] },
      { typed: 'skode', shows: ['Nulstil adgangskoden til en e-mailkonto', 'Nulstil adgangskoden til kontrolpanelet'] },
    ],
  },
  {
    name: 'suggests the Danish domain articles for "domaene" typed without "æ"',
    page: '/suggestions-da',
    locale: 'da',
    steps: [{ typed: 'domaene', shows: ['Flyt dit domæne til Kestrel', 'Peg dit domæne til Kestrel'] }],
  },
  {
    name: 'suggests in the language of data-locale over <html lang>',
    page: '/suggestions-data-locale',
    locale: 'nl',
    steps: [{ typed: 'factuur', shows: ['Een factuur betalen'], first: 'Een factuur betalen' }],
  },
];

test.describe('suggestions on each keystroke', () => {
  for (const { name, page: path, locale, steps } of cases) {
    test(name, async ({ page }) => {
      const widget = await openWidget(page, path, locale);
      await expect(widget.search).toHaveAttribute('placeholder', widget.t.searchPlaceholder);
      await expect(widget.search).toBeFocused();

      for (const step of steps) {
        for (const character of step.typed) {
          await widget.search.pressSequentially(character);
          // Every keystroke gives suggestions from the visitor's own language, not the popular list.
          await expect(widget.suggestions).toHaveAttribute('aria-label', widget.t.results);
          await expect(widget.options.first()).toHaveAttribute('lang', locale);
        }
        await expect.poll(() => widget.titles.allTextContents(), { message: `suggestions for "${await widget.search.inputValue()}"` }).toEqual(expect.arrayContaining(step.shows));
        if (step.first) await expect(widget.titles.first()).toHaveText(step.first);
      }
      await expect(widget.options.first().locator('mark').first()).toBeVisible();
      await expect(widget.fallbackNote).toHaveCount(0);
    });
  }
});
