import { PushQueueTime } from '../contract/channel-requests';
import { ChannelsResponse, IDENTITY_HEADERS } from '../contract/channels';
import type { Endpoint } from '../openapi/endpoint';

/**
 * The channel API as the OpenAPI document describes it, from the same schemas the routes enforce.
 *
 * @example buildDocument([...CHANNEL_ENDPOINTS, ...INCIDENT_ENDPOINTS], info)
 */
export const CHANNEL_ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/channels',
    summary: 'The channels with whether each is open, when it next opens and its queue time; `recommended` is the fastest open one',
    auth: 'none',
    headers: [
      { name: IDENTITY_HEADERS.email, required: false, description: 'Signed visitor identity: the e-mail (with the plan and signature, shows VIP-only channels to VIP plans)' },
      { name: IDENTITY_HEADERS.plan, required: false, description: 'Signed visitor identity: the plan' },
      { name: IDENTITY_HEADERS.signature, required: false, description: 'HMAC-SHA256 hex of `${email.toLowerCase()}\\n${plan}` with the site identity secret; a wrong one makes the visitor anonymous' },
    ],
    success: { status: 200, description: 'The channels this visitor may use', schema: ChannelsResponse },
    errors: [403],
  },
  {
    method: 'put',
    path: '/channels/{id}/queue-time',
    summary: 'The contact-centre system reports the queue time of a chat, phone or social channel (e-mail is computed: 409)',
    auth: 'contact-centre',
    body: PushQueueTime,
    success: { status: 204, description: 'Stored; shown until it is older than the channel\'s staleAfterMinutes' },
    errors: [400, 401, 404, 409, 415, 422],
  },
];
