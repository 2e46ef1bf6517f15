import type { ComponentChildren } from 'preact';
import type { Messages } from '../i18n/messages';

/** "Need more help? Contact us" at the foot of every view but the contact step itself; `children` follow it (e.g. "My tickets"). */
export function ContactFooter({ t, onContact, children }: { t: Messages; onContact(): void; children?: ComponentChildren }) {
  return (
    <div class="panel-footer">
      <span>{t.needMoreHelp}</span>{' '}
      <button type="button" class="link-button" onClick={onContact}>
        {t.contactUs}
      </button>
      {children}
    </div>
  );
}
