import { describe, expect, it } from 'vitest';
import { fold } from '../../../../widget/search/fold';

describe('fold', () => {
  it('folds Swedish, Danish and Dutch letters to plain ones', () => {
    expect(['Lösenord', 'Åtgärd', 'ÄNDRA', 'Adgangskode på', 'Ærø', 'Søg', 'café', 'coördinaten', 'Straße'].map(fold)).toEqual([
      'losenord', 'atgard', 'andra', 'adgangskode pa', 'aero', 'sog', 'cafe', 'coordinaten', 'strasse',
    ]);
  });

  it('leaves digits and plain letters alone', () => {
    expect(fold('imap 993')).toBe('imap 993');
  });
});
