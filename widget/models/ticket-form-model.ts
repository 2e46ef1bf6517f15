import { computed, signal } from '@preact/signals';
import type { CreateTicket, TicketCreated } from '../../server/contract/tickets';
import type { AppContext } from '../boot/app-contract';
import type { ApiClient, TicketAccess } from '../client/api-client';
import { ApiError } from '../client/api-error';
import { appendMessageAttempt } from './append-message';
import { createTicketAttempt } from './create-ticket-attempt';
import type { DraftStore, TicketDraft } from './draft-store';
import { findOpenTicket, type OpenTicket } from './find-open-ticket';
import type { HostContext } from './host-context';
import type { Suggestion } from './search-model';
import { sendWithRetry, type Connectivity, type RetryRun, type RetryWait, type Scheduler } from './send-with-retry';
import { splitServerErrors } from './server-field-errors';
import { ticketBody, type TicketContext } from './ticket-body';
import { fieldProblem } from './ticket-field-problem';
import { emptyTicketFields, FIELD_NAMES, type FieldName, type TicketFields } from './ticket-fields';
import type { TicketFieldSchemas } from './ticket-contract';
import type { TicketStore } from './ticket-store';
import { visibleProblems } from './visible-problems';

export interface TicketFormDeps {
  /** The API client, loaded on first use. */
  loadClient(): Promise<ApiClient>;
  tickets: TicketStore;
  drafts: DraftStore;
  /** The contract's field schemas, from the entry (see ticket-contract.ts). */
  schemas: TicketFieldSchemas;
  host: Pick<HostContext, 'identity' | 'prefill'>;
  /** What the widget knows when the form opens or sends: locale, page, search text, articles opened. */
  context(): Omit<TicketContext, 'identity'>;
  /** The best few articles for a text, from the widget's search (see related-articles.ts). */
  related(text: string): Suggestion[];
  scheduler: Scheduler;
  connectivity: Connectivity;
  /** A fresh Idempotency-Key (crypto.randomUUID in the browser). */
  newKey(): string;
  emit: AppContext['emit'];
  /** Shows the confirmation: the ticket was acknowledged or the message added. */
  onSent(): void;
}

/** What the form is doing: being edited, checking for an open ticket, sending, or waiting to retry. */
export type SendState = { phase: 'editing' } | { phase: 'checking' } | { phase: 'sending' } | ({ phase: 'waiting' } & RetryWait);

/** The ticket the confirmation is about: a new one, or the open one the message was added to. */
export interface SentTicket {
  kind: 'created' | 'added';
  access: TicketAccess;
  subject: string;
  expectedReplyAt: string | null;
  /** The articles that best match what the visitor wrote. */
  articles: Suggestion[];
}

/** Where the form wants the keyboard focus next: a field at fault, the duplicate offer, or the form's alert. */
export type FocusTarget = FieldName | 'duplicate' | 'alert';

const RELATED_DELAY_MS = 300;
const RELATED_COUNT = 3;

/**
 * The ticket form, free of DOM: fields checked with the contract's schemas, the draft kept across
 * reloads, sending with one Idempotency-Key retried until the server acknowledges it, the offer to
 * add to an open ticket instead, and the confirmation with "This solved it".
 *
 * @example
 *   const form = createTicketFormModel({ loadClient, tickets, drafts, host, context, related, scheduler, connectivity, newKey, emit, onSent });
 *   form.open();
 *   form.setField('subject', 'Mail bounces');
 *   await form.submit();
 */
export function createTicketFormModel(deps: TicketFormDeps) {
  const { loadClient, tickets, drafts, host, scheduler } = deps;
  const typed = signal<TicketFields>(emptyTicketFields());
  /** The fields as shown and sent: a verified identity's address replaces the typed one. */
  const fields = computed((): TicketFields => (host.identity.value ? { ...typed.value, email: host.identity.value.email } : typed.value));
  const emailLocked = computed(() => host.identity.value !== undefined);
  const touched = signal<ReadonlySet<FieldName>>(new Set());
  const submitted = signal(false);
  const serverErrors = signal<Partial<Record<FieldName, string>>>({});
  /** Form-level trouble the visitor cannot fix at a field: the server's words. */
  const alert = signal<string[] | undefined>(undefined);
  const send = signal<SendState>({ phase: 'editing' });
  /** The draft came back after a reload that interrupted a send. */
  const resumed = signal(false);
  const duplicate = signal<OpenTicket | undefined>(undefined);
  const related = signal<Suggestion[]>([]);
  const sent = signal<SentTicket | undefined>(undefined);
  const solve = signal<'idle' | 'solving' | 'solved' | 'failed'>('idle');
  const focus = signal<{ target: FocusTarget } | undefined>(undefined);

  const problems = computed(() => visibleProblems(deps.schemas, fields.value, touched.value, submitted.value, serverErrors.value));
  const busy = computed(() => send.value.phase !== 'editing');

  let started = false;
  let interacted = false;
  let pending: TicketDraft['pending'];
  let chosenNew = false;
  let offeredOnSubmit = false;
  let run: RetryRun<unknown> | undefined;
  let relatedTimer: unknown;
  let disposed = false;
  const announced = new Set<string>();

  const save = () => {
    if (interacted) drafts.save({ fields: typed.value, ...(pending ? { pending } : {}) });
  };
  const refreshRelated = () => {
    const { subject, message } = typed.value;
    related.value = deps.related(`${subject}\n${message}`).slice(0, RELATED_COUNT);
  };
  const scheduleRelated = () => {
    scheduler.clearTimeout(relatedTimer);
    relatedTimer = scheduler.setTimeout(refreshRelated, RELATED_DELAY_MS);
  };
  const focusOn = (target: FocusTarget) => (focus.value = { target });

  const start = () => {
    started = true;
    const draft = drafts.load();
    interacted = draft !== undefined;
    pending = draft?.pending;
    resumed.value = pending !== undefined;
    const prefilled = Object.fromEntries(Object.entries(host.prefill.value).filter(([, value]) => typeof value === 'string'));
    let initial = draft?.fields ?? { ...emptyTicketFields(), ...prefilled };
    const searchText = deps.context().searchText.trim();
    if (!initial.message.trim() && searchText) initial = { ...initial, message: searchText };
    typed.value = initial;
    touched.value = new Set();
    submitted.value = false;
    serverErrors.value = {};
    alert.value = undefined;
    duplicate.value = undefined;
    chosenNew = false;
    offeredOnSubmit = false;
  };

  const lookForOpenTicket = async (): Promise<OpenTicket | undefined> => {
    if (tickets.list().length === 0) return undefined;
    try {
      return await findOpenTicket(await loadClient(), tickets);
    } catch {
      return undefined;
    }
  };

  /** Shows the form: the draft, or a fresh one from the host's prefill and the search text. */
  const open = () => {
    if (!started) start();
    refreshRelated();
    if (chosenNew || busy.value) return;
    void lookForOpenTicket().then((found) => {
      if (!chosenNew && !busy.value && !disposed) duplicate.value = found;
    });
  };

  const setField = <K extends keyof TicketFields>(name: K, value: TicketFields[K]) => {
    if (busy.value || (name === 'email' && emailLocked.value)) return;
    typed.value = { ...typed.value, [name]: value };
    interacted = true;
    if (name in serverErrors.value) {
      const { [name as FieldName]: _cleared, ...rest } = serverErrors.value;
      serverErrors.value = rest;
    }
    save();
    if (name === 'subject' || name === 'message') scheduleRelated();
  };
  const leaveField = (name: FieldName) => {
    if (!touched.value.has(name)) touched.value = new Set([...touched.value, name]);
  };

  const finish = (ticket: SentTicket) => {
    tickets.add(ticket.access);
    drafts.clear();
    pending = undefined;
    started = false;
    interacted = false;
    resumed.value = false;
    duplicate.value = undefined;
    send.value = { phase: 'editing' };
    solve.value = 'idle';
    const { subject, message } = typed.value;
    sent.value = { ...ticket, articles: deps.related(`${subject}\n${message}`).slice(0, RELATED_COUNT) };
    deps.onSent();
  };

  const acknowledge = (created: TicketCreated, body: CreateTicket) => {
    if (!announced.has(created.reference)) {
      announced.add(created.reference);
      deps.emit('ticket-created', { reference: created.reference, category: body.category, urgent: Boolean(body.urgent) });
    }
    finish({ kind: 'created', access: { reference: created.reference, token: created.token }, subject: body.subject, expectedReplyAt: created.expectedReplyAt, articles: [] });
  };

  const refuse = (error: unknown) => {
    send.value = { phase: 'editing' };
    const { byField, other } = splitServerErrors(error instanceof ApiError ? error.errors : []);
    serverErrors.value = byField;
    const first = FIELD_NAMES.find((name) => byField[name]);
    alert.value = other.length ? other : first ? undefined : [error instanceof ApiError ? error.detail : String(error)];
    focusOn(first ?? 'alert');
  };

  const retrying = <T>(attempt: () => Promise<T>, onDone: (value: T) => void) => {
    send.value = { phase: 'sending' };
    const current = sendWithRetry(attempt, deps, (wait) => {
      if (!disposed) send.value = wait ? { phase: 'waiting', ...wait } : { phase: 'sending' };
    });
    run = current;
    current.done.then(
      (value) => !disposed && onDone(value),
      (error: unknown) => !disposed && refuse(error),
    );
  };

  const sendTicket = () => {
    const body = ticketBody(fields.value, { ...deps.context(), identity: host.identity.value });
    pending ??= { key: deps.newKey(), body };
    save();
    retrying(createTicketAttempt(loadClient, body, pending), (created) => acknowledge(created, body));
  };

  /** Sends the ticket, or points at what to fix first, or offers the open ticket instead. */
  const submit = async (): Promise<void> => {
    if (busy.value) return;
    submitted.value = true;
    alert.value = undefined;
    const first = FIELD_NAMES.find((name) => fieldProblem(deps.schemas, name, fields.value));
    if (first) return void focusOn(first);
    if (!chosenNew) {
      send.value = { phase: 'checking' };
      const found = await lookForOpenTicket();
      send.value = { phase: 'editing' };
      if (found && !chosenNew) {
        duplicate.value = found;
        offeredOnSubmit = true;
        return void focusOn('duplicate');
      }
    }
    sendTicket();
  };

  /** "Send as a new ticket": the offer goes away, and a send it interrupted goes ahead. */
  const sendAsNew = () => {
    chosenNew = true;
    duplicate.value = undefined;
    if (offeredOnSubmit) void submit();
  };

  /** "Add your message to it": the message goes to the open ticket, once, however often it is retried. */
  const addToOpen = () => {
    const offer = duplicate.value;
    if (!offer || busy.value) return;
    touched.value = new Set([...touched.value, 'message']);
    if (fieldProblem(deps.schemas, 'message', fields.value)) return void focusOn('message');
    const message = fields.value.message;
    let attempt: (() => Promise<unknown>) | undefined;
    retrying(
      async () => (attempt ??= appendMessageAttempt(await loadClient(), offer.access, message))(),
      () => finish({ kind: 'added', access: offer.access, subject: offer.view.subject, expectedReplyAt: offer.view.expectedReplyAt, articles: [] }),
    );
  };

  /** "This solved it": the ticket is closed as solved by the visitor (a deflection). */
  const solveTicket = async () => {
    const ticket = sent.value;
    if (!ticket || solve.value === 'solving' || solve.value === 'solved') return;
    solve.value = 'solving';
    try {
      await (await loadClient()).solve(ticket.access);
      solve.value = 'solved';
    } catch {
      solve.value = 'failed';
    }
  };

  return {
    fields,
    emailLocked,
    problems,
    alert,
    send,
    busy,
    resumed,
    duplicate,
    related,
    sent,
    solve,
    focus,
    open,
    setField,
    leaveField,
    submit,
    retryNow: () => run?.retryNow(),
    sendAsNew,
    addToOpen,
    solveTicket,
    dispose: () => {
      disposed = true;
      run?.cancel();
      scheduler.clearTimeout(relatedTimer);
    },
  };
}
export type TicketFormModel = ReturnType<typeof createTicketFormModel>;
