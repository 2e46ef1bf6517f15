import * as z from 'zod/mini';
import { Problem } from '../contract/problem';
import type { Endpoint } from './endpoint';

const schema = (type: z.ZodMiniType, io: 'input' | 'output') => {
  const { $schema: _, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const SECURITY: Record<Endpoint['auth'], Record<string, string[]>[]> = {
  none: [],
  'ticket-token': [{ ticketToken: [] }],
  staff: [{ staffToken: [] }],
  'contact-centre': [{ contactCentreToken: [] }],
};

/**
 * The OpenAPI 3.1 document for a list of endpoints, every body schema generated from the same
 * zod contract the server validates with, so the document cannot drift from what is enforced.
 *
 * @example const document = buildDocument(ENDPOINTS, { title: 'Support API', version: '1' });
 */
export function buildDocument(endpoints: Endpoint[], info: { title: string; version: string; serverUrl?: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const parameters = [
      ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...(endpoint.headers ?? []).map((header) => ({ name: header.name, in: 'header', required: header.required, description: header.description, schema: { type: 'string' } })),
      ...(endpoint.query ? queryParameters(endpoint.query) : []),
    ];
    const responses: Record<string, unknown> = {
      [endpoint.success.status]: {
        description: endpoint.success.description,
        ...(endpoint.success.schema ? { content: { 'application/json': { schema: schema(endpoint.success.schema, 'output') } } } : {}),
      },
    };
    for (const status of endpoint.errors) {
      responses[status] = { description: 'A problem (RFC 9457), naming the fields at fault', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
    }
    (paths[endpoint.path] ??= {})[endpoint.method] = {
      summary: endpoint.summary,
      security: SECURITY[endpoint.auth],
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: schema(endpoint.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version },
    servers: [{ url: `${info.serverUrl ?? ''}/api` }],
    paths,
    components: {
      schemas: { Problem: schema(Problem, 'output') },
      securitySchemes: {
        ticketToken: { type: 'http', scheme: 'bearer', description: 'The access token returned when the ticket was created' },
        staffToken: { type: 'http', scheme: 'bearer', description: "A staff member's token from the settings file" },
        contactCentreToken: { type: 'http', scheme: 'bearer', description: 'The contact-centre token from the settings file' },
      },
    },
  };
}

function queryParameters(query: z.ZodMiniType) {
  const json = schema(query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: json.required?.includes(name) ?? false, schema: property }));
}
