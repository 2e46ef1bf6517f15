import type { App, StartApp } from './app-contract';
import { checkLocale, readConfig } from './config';
import { contrastColour } from './contrast-colour';
import { createApi, type SupportWidgetApi } from './create-api';
import { createEventBus } from './event-bus';
import { createHeldCalls } from './held-calls';
import { createLauncher } from './launcher';
import { brandStyles, launcherStyles } from './launcher-styles';
import { applyLocale, watchLocaleAttribute } from './locale-switch';
import { TICKETS_STORAGE_KEY } from '../models/ticket-store';
import { createShadowHost, type ShadowHost } from './shadow-host';

/**
 * widget.js: the one file a site includes. Shows the launcher at once, installs
 * `window.SupportWidget`, and loads the app bundle only when a visitor reaches for it
 * (hover, focus, click) or the host calls open()/search(). identify()/prefill() made before then
 * are held and handed over when it loads; setLocale() and data-locale changes apply at once.
 */
declare const __APP_ENTRY__: string;
declare global {
  interface Window {
    SupportWidget?: SupportWidgetApi | (((...args: unknown[]) => void) & { q?: ArrayLike<unknown>[] });
  }
}

const VERSION = '0.1.0';
const script = document.currentScript as HTMLScriptElement | null;

try {
  boot();
} catch (error) {
  console.error('[SupportWidget] could not start:', error);
}

/**
 * Whether this browser remembers tickets: models/ticket-store.ts keeps the key only while there
 * are some. Read here, never written. Storage can be blocked, and reading it then throws.
 */
function storedTickets(): boolean {
  try {
    return localStorage.getItem(TICKETS_STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function boot(): void {
  if (!('adoptedStyleSheets' in Document.prototype)) {
    console.warn('[SupportWidget] this browser lacks constructable stylesheets (Safari before 16.4?); the help widget stays hidden.');
    return;
  }
  const existing = window.SupportWidget;
  if (existing && 'version' in existing) {
    console.warn('[SupportWidget] widget.js is included more than once; this copy is ignored.');
    return;
  }
  const queued = existing && 'q' in existing && existing.q ? Array.from(existing.q, (call) => Array.from(call)) : [];
  const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="widget.js"]')?.src || location.href;
  const { config, rejected } = readConfig((name) => script?.getAttribute(name) ?? null, src, document.documentElement.lang);
  if (rejected.length) console.warn(`[SupportWidget] ignoring ${rejected.join(', ')}: not valid; the defaults are used instead.`);

  const bus = createEventBus();
  let shadow: ShadowHost | undefined;
  let launcher: HTMLButtonElement | undefined;
  let app: App | undefined;
  let loading: Promise<App> | undefined;
  let destroyed = false;
  const held = createHeldCalls();

  const load = (): Promise<App> =>
    (loading ??= import(/* @vite-ignore */ new URL(__APP_ENTRY__, src).href).then(
      (module: { start: StartApp }) => {
        if (destroyed || !shadow || !launcher) throw new Error('destroyed');
        app = module.start({ config, shadow, launcher, emit: bus.emit });
        held.handOver(app);
        return app;
      },
      (error: unknown) => {
        loading = undefined; // a later click may retry, e.g. after a network blip
        throw error;
      },
    ));
  const withApp = (use: (app: App) => void): void => {
    load().then(use, (error: unknown) => {
      if (!destroyed) console.warn('[SupportWidget] could not load the help panel:', error);
    });
  };
  const preload = () => withApp(() => undefined);

  const mount = () => {
    document.removeEventListener('DOMContentLoaded', mount);
    if (destroyed) return;
    shadow = createShadowHost(document.body);
    // Only a position the tag names is a fixed corner; by default the launcher follows the text direction.
    if (config.position === script?.getAttribute('data-position')?.trim()) shadow.host.setAttribute('data-position', config.position);
    shadow.setStyles('launcher', launcherStyles);
    shadow.setStyles('brand', brandStyles(config.color, contrastColour(config.color)));
    launcher = createLauncher(shadow.root, config.locale);
    applyLocale(shadow.host, launcher, config.locale);
    launcher.addEventListener('pointerenter', preload, { once: true });
    launcher.addEventListener('focus', preload, { once: true });
    launcher.addEventListener('click', () => withApp((app) => app.toggle()));
    // A ticket link opens its conversation; a returning visitor's tickets are checked for replies
    // (the unread badge) once the page is idle. Anyone else loads nothing more.
    const link = /^#support-ticket=(?:([\dA-Z]{3}-[\dA-Z]{4})\.([\w-]{43})$)?/.exec(location.hash);
    if (link?.[2]) {
      history.replaceState(history.state, '', location.href.split('#')[0]);
      withApp((app) => app.showTicket({ reference: link[1]!, token: link[2]! }));
    } else if (link) console.warn('[SupportWidget] ignoring #support-ticket: not a ticket link.');
    else if (storedTickets()) (window.requestIdleCallback ?? setTimeout)(preload);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);

  const setLocale = (raw: unknown) => {
    const locale = typeof raw === 'string' ? checkLocale(raw) : undefined;
    if (!locale) return console.warn(`[SupportWidget] setLocale(${JSON.stringify(raw)}) ignored: not a language tag like "sv" or "pt-BR".`);
    config.locale = locale;
    applyLocale(shadow?.host, launcher, locale);
    app?.setLocale(locale);
  };
  const stopWatchingLocale = watchLocaleAttribute(script, setLocale);

  const api = createApi(VERSION, {
    open: (view?: string) => withApp((app) => app.open(view)),
    close: () => app?.close(),
    toggle: () => withApp((app) => app.toggle()),
    search: (text: string) => withApp((app) => app.search(String(text ?? ''))),
    identify: (identity: unknown) => held.call(app, 'identify', identity),
    prefill: (fields: unknown) => held.call(app, 'prefill', fields),
    setLocale,
    on: bus.on,
    off: (name, listener) => bus.off(name, listener),
    destroy: () => {
      destroyed = true;
      stopWatchingLocale();
      document.removeEventListener('DOMContentLoaded', mount);
      app?.destroy();
      shadow?.remove();
      bus.clear();
      app = shadow = launcher = undefined;
      if (window.SupportWidget === api) delete window.SupportWidget;
    },
  });
  window.SupportWidget = api;
  for (const [method, ...args] of queued) api(String(method), ...args);
}
