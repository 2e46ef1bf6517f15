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
import { createMyTicketsModel } from './models/my-tickets-model';
import { scheduleRefresh } from './models/refresh-schedule';
import { createConversationModel } from './models/ticket-conversation-model';
import { createTicketStore } from './models/ticket-store';
import { createVoteStore } from './models/vote-store';
import { createWidgetModel } from './models/widget-model';
import { browserStorage } from './ui/browser-storage';
import { documentVisibility } from './ui/document-visibility';
import myTicketsStyles from './ui/my-tickets.css?inline';
import { Panel, PANEL_ID } from './ui/Panel';
import panelStyles from './ui/panel.css?inline';

const SEARCH_REPORT_DELAY_MS = 1000;
/** How often the unread replies are asked for while the page is visible. */
const UNREAD_REFRESH_MS = 60_000;
const bundleGlobals = newGlobals();

/** The app bundle's entry: wires the model to the panel inside the loader's shadow root. */
export const start: StartApp = ({ config, shadow, launcher, emit }) => {
  shadow.setStyles('panel', panelStyles);
  shadow.setStyles('my-tickets', myTicketsStyles);
  shadow.setStyles('launcher-badge', launcherBadgeStyles);
  const t = messagesFor(config.locale);
  const loadClient = lazyApiClient(config.server);
  const ticketStore = createTicketStore(browserStorage());
  const myTickets = createMyTicketsModel({ store: ticketStore, loadClient });
  const conversation = createConversationModel({ loadClient, emit, onTicket: myTickets.update, onGone: myTickets.forget });
  const voteSender = createVoteSender({ storage: browserStorage(), loadClient });
  const model = createWidgetModel({
    client: createArticlesClient(config.server),
    votes: createVoteStore(browserStorage()),
    contact: createContactModel({ loadClient }),
    locale: config.locale,
    emit,
    tickets: { list: myTickets, conversation },
    voteSender,
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
    effect(() => {
      const unread = myTickets.unread.value;
      showUnread(launcher, unread, plural(config.locale, unread, t.launcherUnread), t.panelTitle);
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
  ];

  render(h(Panel, { model, t, config, onClose: close }), container);

  return {
    open: (view) => model.open(view),
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
    destroy: () => {
      for (const dispose of disposers) dispose();
      render(null, container);
      showUnread(launcher, 0, t.panelTitle, t.panelTitle);
      container.remove();
      for (const name of bundleGlobals) delete (globalThis as Record<string, unknown>)[name];
    },
  };
};
