import { Queue, QueueQuery, SavedReply, SavedReplyInput, SavedReplyList, StaffMessage, StaffNote, StaffReply, StaffTicket, StatusChange } from '../contract/staff';
import type { Endpoint } from '../openapi/endpoint';

/**
 * The staff API as the OpenAPI document describes it, from the same schemas the routes enforce.
 *
 * @example buildDocument([...TICKET_ENDPOINTS, ...STAFF_ENDPOINTS], info)
 */
export const STAFF_ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/staff/queue',
    summary: 'The open tickets in working order: urgent first, then first in, first out (paged; `total` counts them all)',
    auth: 'staff',
    query: QueueQuery,
    success: { status: 200, description: 'A page of the queue', schema: Queue },
    errors: [401, 422],
  },
  { method: 'get', path: '/staff/tickets/{ref}', summary: 'A ticket with every field, message, internal note and rating', auth: 'staff', success: { status: 200, description: 'The ticket', schema: StaffTicket }, errors: [401, 404] },
  {
    method: 'patch',
    path: '/staff/tickets/{ref}',
    summary: 'Change the status: open, waiting (on the customer) or solved',
    auth: 'staff',
    body: StatusChange,
    success: { status: 200, description: 'The ticket as it now is', schema: StaffTicket },
    errors: [400, 401, 404, 415, 422],
  },
  {
    method: 'post',
    path: '/staff/tickets/{ref}/replies',
    summary: 'Reply to the customer, optionally with a saved reply, and set the status (default waiting)',
    auth: 'staff',
    body: StaffReply,
    success: { status: 201, description: 'The reply', schema: StaffMessage },
    errors: [400, 401, 404, 415, 422],
  },
  {
    method: 'post',
    path: '/staff/tickets/{ref}/notes',
    summary: 'Add an internal note that only staff see',
    auth: 'staff',
    body: StaffNote,
    success: { status: 201, description: 'The note', schema: StaffMessage },
    errors: [400, 401, 404, 415, 422],
  },
  { method: 'get', path: '/staff/saved-replies', summary: 'Saved replies, by title', auth: 'staff', success: { status: 200, description: 'Every saved reply', schema: SavedReplyList }, errors: [401] },
  {
    method: 'post',
    path: '/staff/saved-replies',
    summary: 'Save a reply for every agent to use',
    auth: 'staff',
    body: SavedReplyInput,
    success: { status: 201, description: 'The saved reply', schema: SavedReply },
    errors: [400, 401, 415, 422],
  },
  {
    method: 'put',
    path: '/staff/saved-replies/{id}',
    summary: "Replace a saved reply's title and body",
    auth: 'staff',
    body: SavedReplyInput,
    success: { status: 200, description: 'The saved reply', schema: SavedReply },
    errors: [400, 401, 404, 415, 422],
  },
  { method: 'delete', path: '/staff/saved-replies/{id}', summary: 'Delete a saved reply', auth: 'staff', success: { status: 204, description: 'Deleted' }, errors: [401, 404] },
];
