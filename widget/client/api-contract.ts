import { ChannelsResponse, IDENTITY_HEADERS } from '../../server/contract/channels';
import { IncidentsResponse } from '../../server/contract/incidents';
import { Problem } from '../../server/contract/problem';
import { ArticleVote, Csat, ReplyRating } from '../../server/contract/ratings';
import { MessageAdded, ResendLinksAccepted } from '../../server/contract/ticket-actions';
import { TicketCreated, TicketView } from '../../server/contract/tickets';

/** A schema the client checks an answer with: what zod/mini's schemas offer, and all it needs. */
export interface AnswerSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

/**
 * The parts of the shared contract the API client checks answers against, handed to the client
 * when it is created instead of imported by it. That keeps zod out of the lazily loaded client
 * chunk: a module both the app entry and that chunk import lands in a third chunk that loads
 * before the entry's own code (Rolldown), and zod's `__zod_globalConfig` would then appear before
 * boot/new-globals.ts looks, and outlive destroy(). Add the schemas of new calls here.
 *
 * @example createApiClient(server, apiContract)
 */
export interface ApiContract {
  ChannelsResponse: AnswerSchema<ChannelsResponse>;
  IncidentsResponse: AnswerSchema<IncidentsResponse>;
  TicketCreated: AnswerSchema<TicketCreated>;
  TicketView: AnswerSchema<TicketView>;
  MessageAdded: AnswerSchema<MessageAdded>;
  ResendLinksAccepted: AnswerSchema<ResendLinksAccepted>;
  ReplyRating: AnswerSchema<ReplyRating>;
  Csat: AnswerSchema<Csat>;
  ArticleVote: AnswerSchema<ArticleVote>;
  Problem: AnswerSchema<Problem>;
  identityHeaders: typeof IDENTITY_HEADERS;
}

export const apiContract: ApiContract = {
  ChannelsResponse,
  IncidentsResponse,
  TicketCreated,
  TicketView,
  MessageAdded,
  ResendLinksAccepted,
  ReplyRating,
  Csat,
  ArticleVote,
  Problem,
  identityHeaders: IDENTITY_HEADERS,
};
