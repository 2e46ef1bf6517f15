import type { WidgetConfig } from '../boot/config';
import { formattingLocale } from '../i18n/format';
import type { Messages } from '../i18n/messages';
import type { TicketAccess } from '../client/api-client';
import type { TicketFormModel } from '../models/ticket-form-model';
import type { WidgetModel } from '../models/widget-model';
import { ArticleView } from './ArticleView';
import { ContactFooter } from './ContactFooter';
import { ContactView } from './ContactView';
import { IncidentBanner } from './IncidentBanner';
import { SearchView } from './SearchView';
import { TicketForm } from './TicketForm';
import { TicketSent } from './TicketSent';

interface Props {
  model: WidgetModel;
  /** The ticket form and its confirmation. */
  form: TicketFormModel;
  t: Messages;
  config: WidgetConfig;
  /** Closes the panel and gives focus back to the launcher. */
  onClose(): void;
}

export const PANEL_ID = 'sw-panel';

/** The help panel: header, known incidents, then the search, an open article or the contact step. */
export function Panel({ model, form, t, config, onClose }: Props) {
  if (!model.isOpen.value) return null;
  const view = model.view.value;
  const current = model.article.current.value;
  const locale = formattingLocale(config.locale, navigator.languages);
  // "View your ticket" opens the conversation, which the My tickets part of the widget model shows.
  const showTicket = (model as { showTicket?: (access: TicketAccess) => void }).showTicket;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div class="panel" id={PANEL_ID} role="dialog" aria-labelledby="sw-panel-title" lang={config.locale} onKeyDown={onKeyDown}>
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
        ) : view === 'contact' ? (
          <ContactView t={t} config={config} contact={model.contact} locale={locale} onBack={model.leaveContact} onWriteToUs={model.showForm} />
        ) : view === 'form' ? (
          <TicketForm t={t} form={form} locale={locale} onBack={model.leaveForm} onOpenArticle={model.pick} />
        ) : view === 'sent' && form.sent.value ? (
          <TicketSent t={t} form={form} locale={locale} onOpenArticle={model.pick} onViewTicket={showTicket} />
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
      {view !== 'contact' && view !== 'form' && <ContactFooter t={t} onContact={model.showContact} />}
    </div>
  );
}
