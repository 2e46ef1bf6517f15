// First: it notes the page's globals before any dependency can add its own.
import { newGlobals } from './boot/new-globals';
import { effect, untracked } from '@preact/signals';
import { h, render } from 'preact';
import type { StartApp } from './boot/app-contract';
import { createArticlesClient } from './client/articles-client';
import { createContactModel, lazyApiClient } from './models/contact-model';
import { createHostContext } from './models/host-context';
import { checkView } from './models/host-input';
import { createVoteStore } from './models/vote-store';
import { createWidgetModel } from './models/widget-model';
import { browserStorage } from './ui/browser-storage';
import { Panel, PANEL_ID } from './ui/Panel';
import panelStyles from './ui/panel.css?inline';

const SEARCH_REPORT_DELAY_MS = 1000;
const bundleGlobals = newGlobals();

/** The app bundle's entry: wires the model to the panel inside the loader's shadow root. */
export const start: StartApp = ({ config, shadow, launcher, emit }) => {
  shadow.setStyles('panel', panelStyles);
  const host = createHostContext();
  const model = createWidgetModel({
    client: createArticlesClient(config.server),
    votes: createVoteStore(browserStorage()),
    contact: createContactModel({ loadClient: lazyApiClient(config.server), identity: () => host.identity.value }),
    locale: config.locale,
    emit,
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
    // A visitor identified while the contact step shows: list the channels again (a VIP's included).
    effect(() => {
      void host.identity.value;
      if (untracked(() => model.isOpen.value && model.view.value === 'contact')) void model.contact.loadChannels();
    }),
  ];

  render(h(Panel, { model, config, onClose: close }), container);

  return {
    open: (view) => {
      const { value, problems } = checkView(view);
      if (problems.length) console.warn(`[SupportWidget] open(): ${problems.join('; ')}; opening the search.`);
      model.open(value);
    },
    close,
    toggle: () => (model.isOpen.value ? close() : model.open()),
    search: (text) => {
      model.open();
      model.setQuery(text);
    },
    setLocale: model.setLocale,
    identify: host.identify,
    prefill: host.fill,
    destroy: () => {
      for (const dispose of disposers) dispose();
      render(null, container);
      container.remove();
      for (const name of bundleGlobals) delete (globalThis as Record<string, unknown>)[name];
    },
  };
};
