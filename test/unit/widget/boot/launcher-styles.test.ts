import { describe, expect, it } from 'vitest';
import { brandStyles } from '../../../../widget/boot/launcher-styles';

describe('brandStyles', () => {
  it('uses a dark brand colour for links on the panel too', () => {
    expect(brandStyles('#1f5f4a', '#fff')).toContain('--sw-brand-text:#1f5f4a!important');
  });

  it('keeps a light brand colour, which takes black text, out of text on the panel', () => {
    const css = brandStyles('#ffdd00', '#000');
    expect(css).toContain('--sw-brand:#ffdd00!important');
    expect(css).toContain('--sw-on-brand:#000!important');
    expect(css).toContain('--sw-brand-text:var(--sw-text)!important');
  });
});
