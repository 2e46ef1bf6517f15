import type { TicketAccess } from '../client/api-client';
import type { WidgetConfig } from './config';
import type { ShadowHost } from './shadow-host';

/** Events a host page can listen to with `SupportWidget.on(name, fn)`, and what each passes. */
export interface WidgetEvents {
  open: { view: string };
  close: Record<string, never>;
  search: { query: string; results: number; locale: string };
  'article-viewed': { slug: string; locale: string; query: string };
  'article-rated': { slug: string; locale: string; helpful: boolean };
  /** A ticket the server acknowledged (once per ticket, not per retry). */
  'ticket-created': { reference: string; category: string; urgent: boolean };
  /** The visitor rated a staff reply (`target` "reply": hearts 1/0 or stars 1-5) or a solved ticket ("ticket": CSAT 1-5). */
  rated: { target: 'reply' | 'ticket'; reference: string; style: 'hearts' | 'stars'; value: number };
}
export type WidgetEventName = keyof WidgetEvents;

/** What the loader hands the app bundle when it starts it. */
export interface AppContext {
  config: WidgetConfig;
  shadow: ShadowHost;
  launcher: HTMLButtonElement;
  /** Tells the host page's `SupportWidget.on(...)` listeners what happened. */
  emit<E extends WidgetEventName>(name: E, detail: WidgetEvents[E]): void;
}

/** What the app bundle gives back: the loader forwards the public API to it. */
export interface App {
  open(view?: string): void;
  close(): void;
  toggle(): void;
  search(text: string): void;
  /** Opens a ticket's conversation (a `#support-ticket=REF.TOKEN` link), remembering the ticket. */
  showTicket(access: TicketAccess): void;
  destroy(): void;
  /** Switches every string, the articles and the formats of the panel to `locale` (already checked by the loader). */
  setLocale(locale: string): void;
  /** The host's signed identity (checked against the contract here; `null` forgets it). */
  identify(identity: unknown): void;
  /** Fields for the ticket form (checked field by field here; `null` clears them). */
  prefill(fields: unknown): void;
}

/** The app bundle's single export. */
export type StartApp = (context: AppContext) => App;
