import type { WidgetConfig } from '../boot/config';
import { textDirection } from '../i18n/direction';
import { formattingLocale } from '../i18n/format';
import { en, messagesFor } from '../i18n/messages';
import type { TicketFormModel } from '../models/ticket-form-model';
import type { WidgetModel } from '../models/widget-model';
import { ArticleView } from './ArticleView';
import { ContactFooter } from './ContactFooter';
import { ContactView } from './ContactView';
import { ConversationView } from './ConversationView';
import { IncidentBanner } from './IncidentBanner';
import { MyTicketsLink } from './MyTicketsLink';
import { MyTicketsView } from './MyTicketsView';
import { SearchView } from './SearchView';
import { TicketForm } from './TicketForm';
import { TicketSent } from './TicketSent';

interface Props {
  model: WidgetModel;
  /** The ticket form and its confirmation. */
  form: TicketFormModel;
  config: WidgetConfig;
  /** Closes the panel and gives focus back to the launcher. */
  onClose(): void;
}

export const PANEL_ID = 'sw-panel';

/**
 * The help panel: header, known incidents, then the search, an open article or the contact step.
 * Its strings, formats and direction follow the model's locale, so a switch re-renders in place.
 */
export function Panel({ model, form, config, onClose }: Props) {
  if (!model.isOpen.value) return null;
  const view = model.view.value;
  const current = model.article.current.value;
  const language = model.locale.value;
  const t = messagesFor(language);
  // A language without strings of its own shows English ones: say so, but keep its direction.
  const lang = t === en ? 'en' : language;
  const locale = formattingLocale(language, navigator.languages);

  const tickets = model.tickets?.list;
  const ticketsLink = tickets?.hasTickets.value && view !== 'tickets' && (
    <MyTicketsLink t={t} locale={locale} unread={tickets.unread.value} onOpen={model.showTickets} />
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
        ) : view === 'tickets' && model.tickets ? (
          <MyTicketsView t={t} locale={locale} tickets={model.tickets.list} onOpen={model.showTicket} onBack={model.leaveTickets} />
        ) : view === 'ticket' && model.tickets ? (
          <ConversationView t={t} locale={locale} conversation={model.tickets.conversation} onBack={model.leaveTicket} />
        ) : view === 'contact' ? (
          <ContactView t={t} config={config} contact={model.contact} locale={locale} onBack={model.leaveContact} onWriteToUs={model.showForm} />
        ) : view === 'form' ? (
          <TicketForm t={t} form={form} locale={locale} onBack={model.leaveForm} onOpenArticle={model.pick} />
        ) : view === 'sent' && form.sent.value ? (
          <TicketSent t={t} form={form} locale={locale} onOpenArticle={model.pick} onViewTicket={model.showTicket} />
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
