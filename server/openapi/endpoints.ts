import { CHANNEL_ENDPOINTS } from '../channels/channel-endpoints';
import { INCIDENT_ENDPOINTS } from '../incidents/incident-endpoints';
import { RATING_ENDPOINTS } from '../ratings/rating-endpoints';
import { STAFF_ENDPOINTS } from '../staff/staff-endpoints';
import { TICKET_ENDPOINTS } from '../tickets/ticket-endpoints';
import type { Endpoint } from './endpoint';

/** Every operation of the API; a test checks this list against the routes the app really has. */
export const ENDPOINTS: Endpoint[] = [...TICKET_ENDPOINTS, ...RATING_ENDPOINTS, ...STAFF_ENDPOINTS, ...CHANNEL_ENDPOINTS, ...INCIDENT_ENDPOINTS];
