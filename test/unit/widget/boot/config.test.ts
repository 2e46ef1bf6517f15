import { describe, expect, it } from 'vitest';
import { checkLocale, readConfig } from '../../../../widget/boot/config';

const SRC = 'https://help.example.com/widget/widget.js';
const colours = new Set(['#0a7', 'rebeccapurple', 'rgb(10, 20, 30)']);
const isColour = (value: string) => colours.has(value);
const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('readConfig', () => {
  it('uses the documented defaults when the tag has no options', () => {
    const { config, rejected } = readConfig(attributes({}), SRC, '', isColour);
    expect(config).toEqual({
      server: 'https://help.example.com',
      locale: 'en',
      color: '#2454d6',
      position: 'right',
      contactEmail: '',
      contactUrl: '',
    });
    expect(rejected).toEqual([]);
  });

  it('takes the locale from <html lang> when data-locale is absent', () => {
    expect(readConfig(attributes({}), SRC, 'sv-SE', isColour).config.locale).toBe('sv');
  });

  it('prefers data-locale over <html lang>', () => {
    expect(readConfig(attributes({ 'data-locale': 'da' }), SRC, 'sv', isColour).config.locale).toBe('da');
  });

  it('accepts valid values for every option', () => {
    const { config, rejected } = readConfig(
      attributes({
        'data-server': 'http://127.0.0.1:8787/',
        'data-locale': 'nl-BE',
        'data-color': 'rebeccapurple',
        'data-position': 'left',
        'data-contact-email': 'support@example.com',
        'data-contact-url': 'https://example.com/contact',
      }),
      SRC,
      'en',
      isColour,
    );
    expect(rejected).toEqual([]);
    expect(config).toMatchObject({ server: 'http://127.0.0.1:8787', locale: 'nl', color: 'rebeccapurple', position: 'left' });
  });

  it('falls back to the default for each bad value and names it', () => {
    const { config, rejected } = readConfig(
      attributes({ 'data-color': 'red;} body{display:none', 'data-position': 'middle', 'data-server': 'javascript:alert(1)' }),
      SRC,
      'en',
      (value) => value.startsWith('red'),
    );
    expect(config.color).toBe('#2454d6');
    expect(config.position).toBe('right');
    expect(config.server).toBe('https://help.example.com');
    expect(rejected).toEqual(['data-server="javascript:alert(1)"', 'data-color="red;} body{display:none"', 'data-position="middle"']);
  });

  it('ignores empty attributes instead of rejecting them', () => {
    expect(readConfig(attributes({ 'data-locale': ' ' }), SRC, 'sv', isColour)).toMatchObject({ config: { locale: 'sv' }, rejected: [] });
  });
});

describe('checkLocale', () => {
  it('keeps the language subtag of a tag, lower-cased, two or three letters', () => {
    expect(checkLocale('sv-SE')).toBe('sv');
    expect(checkLocale('nl_BE')).toBe('nl');
    expect(checkLocale(' HE ')).toBe('he');
    expect(checkLocale('ckb-IQ')).toBe('ckb');
  });

  it('refuses what is no language tag', () => {
    for (const raw of ['', 'x', 'english', 'sv SE', '<script>']) expect(checkLocale(raw)).toBeUndefined();
  });
});
