import type { Site } from '../settings/site';
import type { StaffMember } from '../settings/staff';

/** What middleware puts on a request for the handlers after it. */
export type ApiEnv = {
  Variables: {
    /** The site the request came from (by its Origin). */
    site: Site;
    /** The client's address: the socket's, or X-Forwarded-For's when the peer is a trusted proxy. */
    clientIp: string;
    /** The staff member a staff request is from, once authenticated. */
    staff: StaffMember;
  };
};
