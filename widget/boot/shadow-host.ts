/**
 * Creates the one element the widget adds to a host page, with an open shadow root that holds
 * everything else. Styles arrive as constructable stylesheets: nothing touches the host's
 * <head>, and a strict `style-src 'self'` CSP has nothing to block.
 *
 * @example
 *   const { host, root, setStyles } = createShadowHost(document.body);
 *   setStyles('launcher', ':host { ... }');
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Adds or replaces the stylesheet known by `name` (order of first use is cascade order). */
  setStyles(name: string, css: string): void;
  remove(): void;
}

export function createShadowHost(parent: HTMLElement): ShadowHost {
  const host = document.createElement('div');
  host.setAttribute('data-support-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  const sheets = new Map<string, CSSStyleSheet>();
  parent.appendChild(host);
  return {
    host,
    root,
    setStyles(name, css) {
      let sheet = sheets.get(name);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheets.set(name, sheet);
        root.adoptedStyleSheets = [...sheets.values()];
      }
      sheet.replaceSync(css);
    },
    remove() {
      host.remove();
    },
  };
}
