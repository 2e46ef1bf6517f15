import { useLayoutEffect, useRef } from 'preact/hooks';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { Suggestion } from '../models/search-model';
import type { FocusTarget, TicketFormModel } from '../models/ticket-form-model';
import type { FieldName } from '../models/ticket-fields';
import { DUPLICATE_TITLE_ID, DuplicateOffer } from './DuplicateOffer';
import { fieldProblemText } from './field-problem-text';
import { RelatedArticles } from './RelatedArticles';
import { SelectField } from './SelectField';
import { SendStatus } from './SendStatus';
import { fieldId } from './field-aria';
import { TextField } from './TextField';

interface Props {
  t: TicketMessages;
  form: TicketFormModel;
  /** The locale numbers are formatted in. */
  locale: string;
  onBack(): void;
  onOpenArticle(suggestion: Suggestion): void;
}

const ALERT_ID = 'sw-tf-alert';
const focusIds: Record<FocusTarget, string> = {
  name: fieldId('name'),
  email: fieldId('email'),
  subject: fieldId('subject'),
  message: fieldId('message'),
  category: fieldId('category'),
  urgentReason: fieldId('urgentReason'),
  duplicate: DUPLICATE_TITLE_ID,
  alert: ALERT_ID,
};

/**
 * The ticket form: the contract's fields with their messages as the visitor types, articles that
 * may answer it, the offer to add to an open ticket, and an honest word on sending.
 */
export function TicketForm({ t, form, locale, onBack, onOpenArticle }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusRequest = form.focus.value;
  const focusAtMount = useRef(focusRequest);
  // A layout effect, as in ArticleView: no key may fall to the page while the view changes.
  useLayoutEffect(() => {
    form.open();
    heading.current?.focus();
  }, []);
  useLayoutEffect(() => {
    if (!focusRequest || focusRequest === focusAtMount.current) return;
    root.current?.querySelector<HTMLElement>(`#${focusIds[focusRequest.target]}`)?.focus();
  }, [focusRequest]);

  const fields = form.fields.value;
  const problems = form.problems.value;
  const busy = form.busy.value;
  const error = (name: FieldName) => {
    const problem = problems[name];
    return problem ? fieldProblemText(t, locale, problem) : undefined;
  };
  const text = (name: 'name' | 'email' | 'subject' | 'message') => ({
    name,
    value: fields[name],
    error: error(name),
    readOnly: busy,
    onInput: (value: string) => form.setField(name, value),
    onBlur: () => form.leaveField(name),
  });
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit();
  };
  const alert = form.alert.value;
  const duplicate = form.duplicate.value;

  return (
    <div class="ticket-form-view" ref={root}>
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t.back}
      </button>
      <h2 tabIndex={-1} ref={heading}>
        {t.formTitle}
      </h2>
      <p>{t.formIntro}</p>
      {form.resumed.value && <p class="note-box resumed">{t.resumed}</p>}
      {duplicate && <DuplicateOffer t={t} ticket={duplicate} onAdd={form.addToOpen} onSendAsNew={form.sendAsNew} />}
      <form class="ticket-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        {alert && (
          <div class="error" id={ALERT_ID} role="alert" tabIndex={-1}>
            <p>{t.notSent}</p>
            <ul>
              {alert.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <TextField {...text('name')} label={t.nameLabel} autocomplete="name" />
        <TextField {...text('email')} label={t.emailLabel} type="email" autocomplete="email" readOnly={busy || form.emailLocked.value} note={form.emailLocked.value ? t.emailLocked : undefined} />
        <TextField {...text('subject')} label={t.subjectLabel} />
        <TextField {...text('message')} label={t.messageLabel} multiline />
        <RelatedArticles title={t.relatedTitle} id="sw-tf-related" articles={form.related.value} onOpen={onOpenArticle} />
        <SelectField
          name="category"
          label={t.categoryLabel}
          choose={t.categoryChoose}
          options={t.categories}
          value={fields.category}
          error={error('category')}
          onChange={(value) => form.setField('category', value as typeof fields.category)}
          onBlur={() => form.leaveField('category')}
        />
        <div class="field check">
          <input id={fieldId('urgent')} type="checkbox" name="urgent" checked={fields.urgent} onChange={(event) => form.setField('urgent', (event.target as HTMLInputElement).checked)} />
          <label for={fieldId('urgent')}>{t.urgentLabel}</label>
        </div>
        {fields.urgent && (
          <SelectField
            name="urgentReason"
            label={t.urgentReasonLabel}
            choose={t.urgentReasonChoose}
            options={t.urgentReasons}
            value={fields.urgentReason}
            error={error('urgentReason')}
            onChange={(value) => form.setField('urgentReason', value as typeof fields.urgentReason)}
            onBlur={() => form.leaveField('urgentReason')}
          />
        )}
        {/* The honeypot: off-screen and hidden from assistive technology, so only a bot fills it in. */}
        <div class="hp" aria-hidden="true">
          <input name="website" tabIndex={-1} autocomplete="off" value={fields.website} onInput={(event) => form.setField('website', (event.target as HTMLInputElement).value)} />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" aria-disabled={busy}>
            {t.send}
          </button>
        </div>
        <SendStatus t={t} locale={locale} state={form.send.value} onRetryNow={form.retryNow} />
      </form>
    </div>
  );
}
