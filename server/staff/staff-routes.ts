import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { queueRoute } from './queue-route';
import { requireStaff } from './require-staff';
import { savedReplyRoutes } from './saved-reply-routes';
import { staffTicketRoutes } from './staff-ticket-routes';

/**
 * The staff API under /api/staff, every route behind a staff member's bearer token.
 *
 * @example api.route('/staff', staffRoutes(deps));
 */
export function staffRoutes(deps: ApiDeps) {
  const staff = new Hono<ApiEnv>();
  staff.use('*', requireStaff(deps.settings));
  staff.route('/queue', queueRoute(deps));
  staff.route('/tickets', staffTicketRoutes(deps));
  staff.route('/saved-replies', savedReplyRoutes(deps));
  return staff;
}
