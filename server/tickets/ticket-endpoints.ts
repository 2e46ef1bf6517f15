import { IdempotencyKey, MarkRead, MessageAdded, ReopenTicket, ResendLinksAccepted } from '../contract/ticket-actions';
import { AddMessage, CreateTicket, ResendLinks, TicketCreated, TicketView } from '../contract/tickets';
import type { Endpoint } from '../openapi/endpoint';

void IdempotencyKey; // described as a header below; the schema is what the route enforces

const PUBLIC_WRITE_ERRORS = [400, 403, 413, 415, 422, 429];

/**
 * The visitor's ticket API as the OpenAPI document describes it, from the schemas the routes enforce.
 *
 * @example buildDocument([...TICKET_ENDPOINTS], info)
 */
export const TICKET_ENDPOINTS: Endpoint[] = [
  {
    method: 'post',
    path: '/tickets',
    summary: 'Open a ticket. A retry with the same Idempotency-Key returns the same ticket (200) with a new working token.',
    auth: 'none',
    body: CreateTicket,
    headers: [{ name: 'Idempotency-Key', required: true, description: '1-200 printable characters, unique per submission; reuse it for retries of that submission' }],
    success: { status: 201, description: 'The ticket, with its reference and the access token (shown once)', schema: TicketCreated },
    errors: PUBLIC_WRITE_ERRORS,
  },
  {
    method: 'get',
    path: '/tickets/{ref}',
    summary: 'A ticket with its messages both ways, for its visitor',
    auth: 'ticket-token',
    success: { status: 200, description: 'The ticket', schema: TicketView },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/tickets/{ref}/messages',
    summary: 'Add a visitor message (an open or waiting ticket)',
    auth: 'ticket-token',
    body: AddMessage,
    success: { status: 201, description: 'The message was added', schema: MessageAdded },
    errors: [...PUBLIC_WRITE_ERRORS, 404, 409],
  },
  {
    method: 'post',
    path: '/tickets/{ref}/reopen',
    summary: 'Reopen a solved ticket, optionally with a message',
    auth: 'ticket-token',
    body: ReopenTicket,
    success: { status: 200, description: 'The reopened ticket', schema: TicketView },
    errors: [...PUBLIC_WRITE_ERRORS, 404, 409],
  },
  {
    method: 'post',
    path: '/tickets/{ref}/solve',
    summary: "The visitor's \"This solved it\": the ticket is solved by the visitor",
    auth: 'ticket-token',
    success: { status: 200, description: 'The solved ticket', schema: TicketView },
    errors: [403, 404, 429],
  },
  {
    method: 'post',
    path: '/tickets/{ref}/read',
    summary: 'The visitor has seen the conversation up to a message: staff replies after it count as unread (the marker only moves forward)',
    auth: 'ticket-token',
    body: MarkRead,
    success: { status: 204, description: 'Marked' },
    errors: [...PUBLIC_WRITE_ERRORS, 404],
  },
  {
    method: 'post',
    path: '/tickets/resend-links',
    summary: "E-mail new links to the address's tickets. The answer is the same whether or not it has any.",
    auth: 'none',
    body: ResendLinks,
    success: { status: 202, description: 'Accepted', schema: ResendLinksAccepted },
    errors: PUBLIC_WRITE_ERRORS,
  },
];
