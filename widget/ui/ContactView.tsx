import { useLayoutEffect, useRef } from 'preact/hooks';
import type { WidgetConfig } from '../boot/config';
import type { Messages } from '../i18n/messages';
import type { ContactModel } from '../models/contact-model';
import { ChannelList } from './ChannelList';
import { ContactFallback } from './ContactFallback';

interface Props {
  t: Messages;
  config: WidgetConfig;
  contact: ContactModel;
  /** The locale dates and numbers are formatted in. */
  locale: string;
  onBack(): void;
  /** "Write to us": opens the ticket form. */
  onWriteToUs(): void;
}

/**
 * The contact step: the site's channels with their live state, or, while they load, fail or are
 * none, a clear word and the routes the embed was configured with.
 */
export function ContactView({ t, config, contact, locale, onBack, onWriteToUs }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A layout effect, as in ArticleView: no key may fall to the page while the view changes.
  useLayoutEffect(() => heading.current?.focus(), []);
  const state = contact.channels.value;
  const hasFallback = Boolean(config.contactEmail || config.contactUrl);

  return (
    <div class="contact-view">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <h2 tabIndex={-1} ref={heading}>
        {t.contactTitle}
      </h2>
      <p>{t.contactIntro}</p>
      {(state.status === 'idle' || state.status === 'loading') && (
        <p class="loading" role="status">
          {t.channelsLoading}
        </p>
      )}
      {state.status === 'error' && (
        <>
          <div class="error" role="alert">
            <p>{t.channelsError}</p>
            <button type="button" class="button" onClick={() => void contact.loadChannels()}>
              {t.retry}
            </button>
          </div>
          <ContactFallback t={t} config={config} intro={t.fallbackIntro} />
        </>
      )}
      {state.status === 'ready' &&
        (state.data.channels.length > 0 ? (
          <ChannelList t={t} locale={locale} data={state.data} incidents={contact.incidents.value} />
        ) : hasFallback ? (
          <ContactFallback t={t} config={config} />
        ) : (
          <p class="note-box">{t.channelsEmpty}</p>
        ))}
      <p class="write-to-us-hint">{t.writeToUsHint}</p>
      <button type="button" class="button write-to-us" onClick={onWriteToUs}>
        {t.writeToUs}
      </button>
    </div>
  );
}
