import type { Messages } from '../i18n/messages';

/** "Need more help? Contact us" at the foot of every view but the contact step itself. */
export function ContactFooter({ t, onContact }: { t: Messages; onContact(): void }) {
  return (
    <div class="panel-footer">
      <span>{t.needMoreHelp}</span>{' '}
      <button type="button" class="link-button" onClick={onContact}>
        {t.contactUs}
      </button>
    </div>
  );
}
