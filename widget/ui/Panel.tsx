import type { WidgetConfig } from '../boot/config';
import { textDirection } from '../i18n/direction';
import { formattingLocale } from '../i18n/format';
import { en, messagesFor } from '../i18n/messages';
import type { LazyPart } from '../models/lazy-part';
import type { View, WidgetModel } from '../models/widget-model';
import type { TicketParts } from '../ticket-parts';
import { ArticleView } from './ArticleView';
import { ContactFooter } from './ContactFooter';
import { ContactView } from './ContactView';
import { IncidentBanner } from './IncidentBanner';
import { LazyView } from './LazyView';
import { MyTicketsLink } from './MyTicketsLink';
import { SearchView } from './SearchView';

interface Props {
  model: WidgetModel;
  /** The ticket form, its confirmation, "My tickets" and the conversation: a chunk loaded on demand. */
  tickets: LazyPart<TicketParts>;
  config: WidgetConfig;
  /** Closes the panel and gives focus back to the launcher. */
  onClose(): void;
}

export const PANEL_ID = 'sw-panel';

const TICKET_VIEWS = ['form', 'sent', 'tickets', 'ticket'] as const;
const isTicketView = (view: View): view is (typeof TICKET_VIEWS)[number] => (TICKET_VIEWS as readonly View[]).includes(view);

/**
 * The help panel: header, known incidents, then the search, an open article or the contact step.
 * Its strings, formats and direction follow the model's locale, so a switch re-renders in place.
 */
export function Panel({ model, tickets, config, onClose }: Props) {
  if (!model.isOpen.value) return null;
  const view = model.view.value;
  const current = model.article.current.value;
  const language = model.locale.value;
  const t = messagesFor(language);
  // A language without strings of its own shows English ones: say so, but keep its direction.
  const lang = t === en ? 'en' : language;
  const locale = formattingLocale(language, navigator.languages);

  const list = model.tickets?.list;
  const ticketsLink = list?.hasTickets.value && view !== 'tickets' && (
    <MyTicketsLink t={t} locale={locale} unread={list.unread.value} onOpen={model.showTickets} />
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div class="panel" id={PANEL_ID} role="dialog" aria-labelledby="sw-panel-title" lang={lang} dir={textDirection(language)} onKeyDown={onKeyDown}>
      <header class="header">
        <div>
          <p class="panel-title" id="sw-panel-title">
            {t.panelTitle}
          </p>
          <p class="panel-subtitle">{t.panelSubtitle}</p>
        </div>
        <button type="button" class="close" aria-label={t.close} onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" />
          </svg>
        </button>
      </header>
      <IncidentBanner t={t} locale={locale} incidents={model.contact.incidents.value} />
      <div class="content">
        {view === 'article' && current ? (
          <ArticleView
            t={t}
            article={current}
            vote={model.voteFor(current.listing.slug, current.locale)}
            onBack={model.back}
            onVote={model.vote}
            onArticleLink={(locale, slug) => void model.followLink(locale, slug)}
          />
        ) : isTicketView(view) && list ? (
          <LazyView
            t={t}
            state={tickets.state.value}
            onRetry={() => void tickets.load()}
            onBack={view === 'form' ? model.leaveForm : view === 'ticket' ? model.leaveTicket : model.leaveTickets}
          >
            {(parts) => <parts.View view={view} model={model} form={parts.form} conversation={parts.conversation} list={list} language={language} locale={locale} />}
          </LazyView>
        ) : view === 'contact' ? (
          <ContactView t={t} config={config} contact={model.contact} locale={locale} onBack={model.leaveContact} onWriteToUs={model.showForm} />
        ) : (
          <SearchView
            t={t}
            model={model.search}
            canContact
            onPick={model.pick}
            onContact={model.showContact}
            onEscapeEmpty={onClose}
          />
        )}
      </div>
      {view !== 'contact' && view !== 'form' ? (
        <ContactFooter t={t} onContact={model.showContact}>
          {ticketsLink}
        </ContactFooter>
      ) : (
        ticketsLink && <div class="panel-footer">{ticketsLink}</div>
      )}
    </div>
  );
}
