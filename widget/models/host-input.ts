import * as z from 'zod/mini';
import { CreateTicket, SignedIdentity } from '../../server/contract/tickets';
import type { View } from './widget-model';

/** What `SupportWidget.prefill({...})` may fill into the ticket form. */
export const PREFILL_FIELDS = ['name', 'email', 'subject', 'message', 'category'] as const;
export type Prefill = Partial<Pick<CreateTicket, (typeof PREFILL_FIELDS)[number]>>;

/** Views a host page may open with `SupportWidget.open(view)`: the others need an article or a ticket first. */
export const OPENABLE_VIEWS = ['search', 'contact', 'form', 'tickets'] as const satisfies readonly View[];
export type OpenableView = (typeof OPENABLE_VIEWS)[number];

/** A checked host value: what to keep, and what was wrong with the rest, one phrase per field. */
export interface Checked<T> {
  value: T;
  problems: string[];
}

// zod/mini carries no message locale, so its own messages are a bare "Invalid input": say "not valid".
const phrase = (message: string) => (message === 'Invalid input' ? 'not valid' : message);

/**
 * `SupportWidget.identify(value)`: a SignedIdentity as the contract defines it, `null` (forget
 * the visitor) or a refusal naming each bad field. The signature is checked by the server only.
 *
 * @example checkIdentity({ email: 'ada@example.com', plan: 'vip', signature: 'abc' }).problems // ['signature: a hex HMAC-SHA256']
 */
export function checkIdentity(raw: unknown): Checked<SignedIdentity | null | undefined> {
  if (raw === null || raw === undefined) return { value: null, problems: [] };
  const parsed = z.safeParse(SignedIdentity, raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'identity'}: ${phrase(issue.message)}`,
  );
  return { value: undefined, problems };
}

/**
 * `SupportWidget.prefill(value)`, field by field: the good fields are kept, each unknown key and
 * bad value named. `null` clears every field.
 *
 * @example checkPrefill({ name: 'Ada', colour: 'red' }) // { value: { name: 'Ada' }, problems: ['unknown field colour'] }
 */
export function checkPrefill(raw: unknown): Checked<Prefill | null> {
  if (raw === null) return { value: null, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { value: {}, problems: ['expected an object like { name, email, subject, message, category }'] };
  const value: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(raw)) {
    if (!(PREFILL_FIELDS as readonly string[]).includes(key)) {
      problems.push(`unknown field ${key}`);
      continue;
    }
    const parsed = z.safeParse(CreateTicket.shape[key as (typeof PREFILL_FIELDS)[number]], field);
    if (parsed.success) value[key] = parsed.data;
    else problems.push(`${key}: ${phrase(parsed.error.issues[0]?.message ?? 'Invalid input')}`);
  }
  return { value: value as Prefill, problems };
}

/**
 * `SupportWidget.open(view)`: one of OPENABLE_VIEWS; no view means the search.
 *
 * @example checkView('contact') // { value: 'contact', problems: [] }
 */
export function checkView(raw: unknown): Checked<OpenableView> {
  if (raw === undefined || raw === null || raw === '') return { value: 'search', problems: [] };
  if ((OPENABLE_VIEWS as readonly unknown[]).includes(raw)) return { value: raw as OpenableView, problems: [] };
  return { value: 'search', problems: [`unknown view ${JSON.stringify(raw)}; known: ${OPENABLE_VIEWS.join(', ')}`] };
}
