// First: it notes the page's globals before any dependency can add its own.
import { newGlobals } from './boot/new-globals';
import { effect, untracked } from '@preact/signals';
import { h, render } from 'preact';
import type { StartApp } from './boot/app-contract';
import { showUnread } from './boot/launcher-badge';
import { launcherBadgeStyles } from './boot/launcher-styles';
import { createArticlesClient } from './client/articles-client';
import { plural } from './i18n/format';
import { messagesFor } from './i18n/messages';
import { createVoteSender } from './models/article-vote-sender';
import { createContactModel, lazyApiClient } from './models/contact-model';
import { createDraftStore } from './models/draft-store';
import { createHostContext } from './models/host-context';
import { checkView } from './models/host-input';
import { createMyTicketsModel } from './models/my-tickets-model';
import { newIdempotencyKey } from './models/new-idempotency-key';
import { scheduleRefresh } from './models/refresh-schedule';
import { relatedArticles } from './models/related-articles';
import { pageUrlOf } from './models/ticket-body';
import { createConversationModel } from './models/ticket-conversation-model';
import { createTicketFormModel } from './models/ticket-form-model';
import { createTicketStore } from './models/ticket-store';
import { createVoteStore } from './models/vote-store';
import { createWidgetModel } from './models/widget-model';
import { browserStorage } from './ui/browser-storage';
import { documentVisibility } from './ui/document-visibility';
import myTicketsStyles from './ui/my-tickets.css?inline';
import { Panel, PANEL_ID } from './ui/Panel';
import panelStyles from './ui/panel.css?inline';
import ticketFormStyles from './ui/ticket-form.css?inline';

const SEARCH_REPORT_DELAY_MS = 1000;
/** How often the unread replies are asked for while the page is visible. */
const UNREAD_REFRESH_MS = 60_000;
const bundleGlobals = newGlobals();

/** The app bundle's entry: wires the model to the panel inside the loader's shadow root. */
export const start: StartApp = ({ config, shadow, launcher, emit }) => {
  shadow.setStyles('panel', panelStyles);
  shadow.setStyles('my-tickets', myTicketsStyles);
  shadow.setStyles('ticket-form', ticketFormStyles);
  shadow.setStyles('launcher-badge', launcherBadgeStyles);
  const host = createHostContext();
  const loadClient = lazyApiClient(config.server);
  const ticketStore = createTicketStore(browserStorage());
  const myTickets = createMyTicketsModel({ store: ticketStore, loadClient });
  const conversation = createConversationModel({ loadClient, emit, onTicket: myTickets.update, onGone: myTickets.forget });
  const voteSender = createVoteSender({ storage: browserStorage(), loadClient });
  const model = createWidgetModel({
    client: createArticlesClient(config.server),
    votes: createVoteStore(browserStorage()),
    contact: createContactModel({ loadClient, identity: () => host.identity.value }),
    locale: config.locale,
    emit,
    tickets: { list: myTickets, conversation },
    voteSender,
  });
  const onOnline = (listener: () => void) => {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  };
  const form = createTicketFormModel({
    loadClient,
    tickets: ticketStore,
    drafts: createDraftStore(browserStorage()),
    host,
    context: () => ({ locale: model.locale.value, pageUrl: pageUrlOf(location.href), viewedArticles: model.viewedArticles(), searchText: model.search.query.value }),
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
    // A visitor identified while the contact step shows: list the channels again (a VIP's included).
    effect(() => {
      void host.identity.value;
      if (untracked(() => model.isOpen.value && model.view.value === 'contact')) void model.contact.loadChannels();
    }),
    // In the panel's language, which setLocale() may change (after the loader set the plain label).
    effect(() => {
      const unread = myTickets.unread.value;
      const t = messagesFor(model.locale.value);
      showUnread(launcher, unread, plural(model.locale.value, unread, t.launcherUnread), t.panelTitle);
    }),
    // Replies are looked for when the panel opens too, and votes that failed go out again.
    effect(() => {
      if (!model.isOpen.value) return;
      untracked(() => {
        void myTickets.refresh();
        void voteSender.flush();
      });
    }),
    scheduleRefresh(() => (model.isOpen.value && model.view.peek() === 'ticket' ? conversation.reload() : myTickets.refresh()), documentVisibility(document), UNREAD_REFRESH_MS),
    myTickets.dispose,
    form.dispose,
  ];

  render(h(Panel, { model, form, config, onClose: close }), container);

  return {
    open: (view) => {
      const { value, problems } = checkView(view);
      if (problems.length) console.warn(`[SupportWidget] open(): ${problems.join('; ')}; opening the search.`);
      model.open(value);
    },
    close,
    toggle: () => (model.isOpen.value ? close() : model.open()),
    showTicket: (access) => {
      // The visitor followed their link: that is interacting, so the ticket is remembered now.
      myTickets.remember(access);
      model.showTicket(access);
      model.open('ticket');
    },
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
      const t = messagesFor(model.locale.value);
      showUnread(launcher, 0, t.panelTitle, t.panelTitle);
      container.remove();
      for (const name of bundleGlobals) delete (globalThis as Record<string, unknown>)[name];
    },
  };
};
