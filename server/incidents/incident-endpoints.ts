import { CreateIncident } from '../contract/incident-requests';
import { Incident, IncidentsResponse, ResolvedIncident } from '../contract/incidents';
import type { Endpoint } from '../openapi/endpoint';

/**
 * The incident API as the OpenAPI document describes it, from the same schemas the routes enforce.
 *
 * @example buildDocument([...CHANNEL_ENDPOINTS, ...INCIDENT_ENDPOINTS], info)
 */
export const INCIDENT_ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/incidents', summary: "The site's unresolved incidents, newest first", auth: 'none', success: { status: 200, description: 'Active incidents', schema: IncidentsResponse }, errors: [403] },
  {
    method: 'post',
    path: '/incidents',
    summary: 'Record an incident on the site (it starts now unless startedAt is given)',
    auth: 'staff',
    body: CreateIncident,
    success: { status: 201, description: 'The incident', schema: Incident },
    errors: [400, 401, 415, 422],
  },
  {
    method: 'post',
    path: '/incidents/{id}/resolve',
    summary: 'Resolve an incident: it no longer shows',
    auth: 'staff',
    success: { status: 200, description: 'The incident, resolved', schema: ResolvedIncident },
    errors: [401, 404],
  },
];
