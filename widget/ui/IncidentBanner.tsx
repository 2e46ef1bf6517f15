import type { Incident } from '../../server/contract/incidents';
import { dayAndTime } from '../i18n/format';
import type { Messages } from '../i18n/messages';

interface Props {
  t: Messages;
  /** The locale dates are formatted in. */
  locale: string;
  incidents: Incident[];
}

/**
 * Known problems, above every view of the panel while they last: "Known issue: E-mail delivery
 * delayed since 14:05", with a link to follow it rather than write in. The region is always there
 * (empty, it takes no room) so that screen readers announce an incident that arrives after the
 * panel opened.
 */
export function IncidentBanner({ t, locale, incidents }: Props) {
  const now = new Date();
  return (
    <div class="incidents" aria-live="polite">
      {incidents.map((incident, i) => (
        <div class="incident" key={incident.id}>
          <svg class="incident-icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 3l10 18H2L12 3z" />
            <path d="M12 10v5M12 18h.01" />
          </svg>
          <p>
            <strong>{t.knownIssue}</strong> <span id={`sw-incident-${i}`}>{incident.title}</span>{' '}
            <span class="incident-since">{t.incidentSince(dayAndTime(new Date(incident.startedAt), now, locale))}</span>
            {incident.url && /^https:\/\//i.test(incident.url) && (
              <>
                {' '}
                <a href={incident.url} target="_blank" rel="noopener noreferrer" aria-describedby={`sw-incident-${i}`}>
                  {t.followIncident}
                  <span class="visually-hidden"> {t.newTab}</span>
                </a>
              </>
            )}
          </p>
        </div>
      ))}
    </div>
  );
}
