import type { ApiDeps } from '../api/deps';
import type { QueueWait } from './queue-wait';

/** What the ticket handlers use: the API's dependencies and one shared e-mail queue estimate. */
export type TicketDeps = ApiDeps & { queueWait: QueueWait };
