import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, Problem } from '../contract/problem';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/**
 * Answers with an RFC 9457 problem. `type` names the kind of problem as a stable URI fragment
 * the widget can switch on ("#invalid-body", "#rate-limited").
 *
 * @example return problem(c, 422, 'invalid-body', 'The request body has errors.', [{ field: 'email', message: 'not an e-mail address' }]);
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  type: string,
  detail?: string,
  errors?: FieldError[],
  headers: Record<string, string> = {},
): Response {
  const body: Problem = { type: `/api/problems#${type}`, title: TITLES[status] ?? 'Error', status };
  if (detail) body.detail = detail;
  if (errors?.length) body.errors = errors;
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json', ...headers });
}
