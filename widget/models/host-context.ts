import { signal } from '@preact/signals';
import type { SignedIdentity } from '../../server/contract/tickets';
import { checkIdentity, checkPrefill, type Prefill } from './host-input';

export type { Prefill } from './host-input';

/**
 * What the host page told the widget about its visitor: the signed identity from
 * `SupportWidget.identify()` (checked by the server, never trusted by the widget) and the fields
 * `SupportWidget.prefill()` gave. Both are signals: the contact step and the form follow them.
 * A bad value is refused with one console warning naming the fields, never an exception.
 *
 * @example
 *   const host = createHostContext();
 *   host.identify({ email: 'ada@example.com', plan: 'vip', signature: '…64 hex digits…' });
 *   host.identity.value; // the identity, sent with the channel request and the ticket
 */
export function createHostContext({ warn = console.warn }: { warn?: (message: string) => void } = {}) {
  const identity = signal<SignedIdentity | undefined>(undefined);
  const prefill = signal<Prefill>({});

  /** Takes a signed identity, or forgets it with `null`; a malformed one leaves the visitor as before. */
  const identify = (raw: unknown): void => {
    const { value, problems } = checkIdentity(raw);
    if (problems.length) warn(`[SupportWidget] identify() ignored: ${problems.join('; ')}.`);
    if (value !== undefined) identity.value = value ?? undefined;
  };

  /** Adds the good fields to what was pre-filled before (a field given again replaces it); `null` clears all. */
  const fill = (raw: unknown): void => {
    const { value, problems } = checkPrefill(raw);
    if (problems.length) warn(`[SupportWidget] prefill() ignored ${problems.join('; ')}.`);
    prefill.value = value === null ? {} : { ...prefill.value, ...value };
  };

  return { identity, prefill, identify, fill };
}
export type HostContext = ReturnType<typeof createHostContext>;
