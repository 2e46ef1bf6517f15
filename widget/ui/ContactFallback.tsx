import type { WidgetConfig } from '../boot/config';
import type { Messages } from '../i18n/messages';

/**
 * The contact routes from the embed's own options (data-contact-email, data-contact-url): what
 * the contact step offers when the server lists no channel or cannot be reached.
 */
export function ContactFallback({ t, config, intro }: { t: Messages; config: WidgetConfig; intro?: string }) {
  if (!config.contactEmail && !config.contactUrl) return null;
  return (
    <div class="contact-fallback">
      {intro && <p>{intro}</p>}
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
              <span class="visually-hidden"> {t.newTab}</span>
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
