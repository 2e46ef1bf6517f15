// First: it notes the page's globals before any dependency can add its own.
import { newGlobals } from './boot/new-globals';
import { effect, untracked } from '@preact/signals';
import { h, render } from 'preact';
import type { StartApp } from './boot/app-contract';
import type { TicketAccess } from './client/api-client';
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
import { lazyPart } from './models/lazy-part';
import { createMyTicketsModel } from './models/my-tickets-model';
import { scheduleRefresh } from './models/refresh-schedule';
import { randomUuid } from './models/random-uuid';
import { relatedArticles } from './models/related-articles';
import { ticketFieldSchemas } from './models/ticket-contract';
import { ticketPageUrl } from './models/ticket-page-url';
import { createTicketStore } from './models/ticket-store';
import { createVoteStore } from './models/vote-store';
import { createWidgetModel } from './models/widget-model';
import { browserStorage } from './ui/browser-storage';
import { documentVisibility } from './ui/document-visibility';
import { Panel, PANEL_ID } from './ui/Panel';
import panelStyles from './ui/panel.css?inline';
import type { TicketParts } from './ticket-parts';

const SEARCH_REPORT_DELAY_MS = 1000;
/** How often the unread replies are asked for while the page is visible. */
const UNREAD_REFRESH_MS = 60_000;
/** The views that need the ticket chunk, and the contact step, from which "Write to us" leads to it. */
const TICKET_CHUNK_VIEWS = new Set(['contact', 'form', 'sent', 'tickets', 'ticket']);
const bundleGlobals = newGlobals();

/** The app bundle's entry: wires the model to the panel inside the loader's shadow root. */
export const start: StartApp = ({ config, shadow, launcher, emit }) => {
  shadow.setStyles('panel', panelStyles);
  shadow.setStyles('launcher-badge', launcherBadgeStyles);
  const host = createHostContext();
  const loadClient = lazyApiClient(config.server);
  const ticketStore = createTicketStore(browserStorage());
  const myTickets = createMyTicketsModel({ store: ticketStore, loadClient });
  let destroyed = false;
  /** A ticket asked for (a link, the list) before the chunk was there: shown once it is. */
  let pendingTicket: TicketAccess | undefined;
  const onOnline = (listener: () => void) => {
    window.addEventListener('online', listener);
    return () => window.removeEventListener('online', listener);
  };
  // The ticket form and conversation come in their own chunk, fetched on the way to them; the
  // stores, the host context and "My tickets" (the launcher's badge) stay here and go in with it.
  const tickets = lazyPart(async (): Promise<TicketParts> => {
    const { createTicketParts } = await import('./ticket-parts');
    const parts = createTicketParts({
      list: myTickets,
      loadClient,
      emit,
      form: {
        loadClient,
        tickets: ticketStore,
        drafts: createDraftStore(browserStorage()),
        schemas: ticketFieldSchemas,
        host,
        context: () => ({ locale: model.locale.value, pageUrl: ticketPageUrl(location.href), viewedArticles: model.viewedArticles(), searchText: model.search.query.value }),
        related: (text) => relatedArticles(model.search.catalogs(), text, 3),
        scheduler: { setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (handle) => window.clearTimeout(handle as number) },
        connectivity: { isOnline: () => navigator.onLine, onOnline },
        newKey: () => randomUuid(crypto),
        emit,
        onSent: () => model.showSent(),
      },
    });
    if (destroyed) {
      parts.form.dispose();
      return parts;
    }
    for (const [name, css] of Object.entries(parts.styles)) shadow.setStyles(name, css);
    if (pendingTicket) void parts.conversation.show(pendingTicket);
    return parts;
  });
  const conversation = {
    show: async (access: TicketAccess) => {
      const parts = tickets.current();
      if (parts) return parts.conversation.show(access);
      pendingTicket = access;
      await tickets.load();
    },
  };
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
    // Fetched on the way to the contact step, so "Write to us" is instant; at once for the ticket views.
    effect(() => {
      if (model.isOpen.value && TICKET_CHUNK_VIEWS.has(model.view.value)) void untracked(tickets.load);
    }),
    scheduleRefresh(() => {
      const open = model.isOpen.value && model.view.peek() === 'ticket' ? tickets.current()?.conversation : undefined;
      return open ? open.reload() : myTickets.refresh();
    }, documentVisibility(document), UNREAD_REFRESH_MS),
    myTickets.dispose,
    () => tickets.current()?.form.dispose(),
    () => (destroyed = true),
  ];

  render(h(Panel, { model, tickets, config, onClose: close }), container);

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
