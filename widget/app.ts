// First: it notes the page's globals before any dependency can add its own.
import { newGlobals } from './boot/new-globals';
import { effect } from '@preact/signals';
import { h, render } from 'preact';
import type { StartApp } from './boot/app-contract';
import { createArticlesClient } from './client/articles-client';
import { messagesFor } from './i18n/messages';
import { createContactModel, lazyApiClient } from './models/contact-model';
import { createDraftStore } from './models/draft-store';
import { createHostContext } from './models/host-context';
import { newIdempotencyKey } from './models/new-idempotency-key';
import { relatedArticles } from './models/related-articles';
import { pageUrlOf } from './models/ticket-body';
import { createTicketFormModel } from './models/ticket-form-model';
import { createTicketStore } from './models/ticket-store';
import { createVoteStore } from './models/vote-store';
import { createWidgetModel } from './models/widget-model';
import { browserStorage } from './ui/browser-storage';
import { Panel, PANEL_ID } from './ui/Panel';
import panelStyles from './ui/panel.css?inline';
import ticketFormStyles from './ui/ticket-form.css?inline';

const SEARCH_REPORT_DELAY_MS = 1000;
const bundleGlobals = newGlobals();

/** The app bundle's entry: wires the model to the panel inside the loader's shadow root. */
export const start: StartApp = ({ config, shadow, launcher, emit }) => {
  shadow.setStyles('panel', panelStyles);
  shadow.setStyles('ticket-form', ticketFormStyles);
  const t = messagesFor(config.locale);
  const loadClient = lazyApiClient(config.server);
  const host = createHostContext();
  const tickets = createTicketStore(browserStorage());
  const model = createWidgetModel({
    client: createArticlesClient(config.server),
    votes: createVoteStore(browserStorage()),
    contact: createContactModel({ loadClient }),
    locale: config.locale,
    emit,
  });
  const onOnline = (listener: () => void) => {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  };
  const form = createTicketFormModel({
    loadClient,
    tickets,
    drafts: createDraftStore(browserStorage()),
    host,
    context: () => ({ locale: config.locale, pageUrl: pageUrlOf(location.href), viewedArticles: model.viewedArticles(), searchText: model.search.query.value }),
    related: (text) => relatedArticles(model.search.catalogs(), text, 3),
    scheduler: { setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
    connectivity: { isOnline: () => navigator.onLine, onOnline },
    newKey: () => newIdempotencyKey(crypto),
    emit,
    onSent: model.showSent,
  });
  const container = document.createElement('div');
  shadow.root.appendChild(container);

  const close = () => {
    const hadFocus = shadow.root.activeElement !== null;
    model.close();
    if (hadFocus) launcher.focus();
  };
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const disposers = [
    effect(() => {
      launcher.setAttribute('aria-expanded', String(model.isOpen.value));
      if (model.isOpen.value) launcher.setAttribute('aria-controls', PANEL_ID);
      else launcher.removeAttribute('aria-controls');
    }),
    effect(() => {
      void model.search.query.value;
      clearTimeout(reportTimer);
      reportTimer = setTimeout(model.reportSearch, SEARCH_REPORT_DELAY_MS);
    }),
    () => clearTimeout(reportTimer),
    form.dispose,
  ];

  render(h(Panel, { model, form, t, config, onClose: close }), container);

  return {
    open: (view) => model.open(view),
    close,
    toggle: () => (model.isOpen.value ? close() : model.open()),
    search: (text) => {
      model.open();
      model.setQuery(text);
    },
    destroy: () => {
      for (const dispose of disposers) dispose();
      render(null, container);
      container.remove();
      for (const name of bundleGlobals) delete (globalThis as Record<string, unknown>)[name];
    },
  };
};
