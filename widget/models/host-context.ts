import { signal } from '@preact/signals';
import type { CreateTicket, SignedIdentity } from '../../server/contract/tickets';

/** What `SupportWidget.prefill({...})` may fill into the ticket form. */
export type Prefill = Partial<Pick<CreateTicket, 'name' | 'email' | 'subject' | 'message' | 'category'>>;

/**
 * What the host page told the widget about its visitor: the signed identity from
 * `SupportWidget.identify()` (checked by the server, never trusted by the widget) and the fields
 * `SupportWidget.prefill()` gave. Both are signals: the contact step and the form follow them.
 *
 * @example
 *   const host = createHostContext();
 *   host.identity.value = { email: 'ada@example.com', plan: 'vip', signature: '…' };
 */
export function createHostContext() {
  const identity = signal<SignedIdentity | undefined>(undefined);
  const prefill = signal<Prefill>({});
  return { identity, prefill };
}
export type HostContext = ReturnType<typeof createHostContext>;
