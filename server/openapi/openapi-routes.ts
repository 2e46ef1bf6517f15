import { Hono } from 'hono';
import type { ApiDeps } from '../api/deps';
import type { ApiEnv } from '../http/env';
import { buildDocument } from './build-document';
import { ENDPOINTS } from './endpoints';

/**
 * `GET /api/openapi.json`: the API described for a company's own tools, generated once per
 * process from the contract schemas.
 */
export function openApiRoutes(deps: ApiDeps) {
  const document = buildDocument(ENDPOINTS, { title: 'Support widget API', version: '1', serverUrl: deps.publicUrl });
  const routes = new Hono<ApiEnv>();
  routes.get('/openapi.json', (c) => c.json(document));
  return routes;
}
