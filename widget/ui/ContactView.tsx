import { useLayoutEffect, useRef } from 'preact/hooks';
import type { WidgetConfig } from '../boot/config';
import type { Messages } from '../i18n/messages';

/** Where to turn when no article helps: the contact routes the site configured. */
export function ContactView({ t, config, onBack }: { t: Messages; config: WidgetConfig; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A layout effect, as in ArticleView: no key may fall to the page while the view changes.
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <div class="contact-view">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <h2 tabIndex={-1} ref={heading}>
        {t.contactTitle}
      </h2>
      <p>{t.contactIntro}</p>
      <ul class="contact-routes">
        {config.contactEmail && (
          <li>
            <a class="button" href={`mailto:${config.contactEmail}`}>
              {t.contactEmail(config.contactEmail)}
            </a>
          </li>
        )}
        {config.contactUrl && (
          <li>
            <a class="button" href={config.contactUrl} target="_blank" rel="noopener noreferrer">
              {t.contactPage}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
