import type { Context } from 'hono';
import * as z from 'zod/mini';
import type { FieldError } from '../contract/problem';
import { problem } from './problem';

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The fields a zod error names, each once, with a message a person can act on. */
export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = issue.path.map(String).join('.');
    if (keys.length) return { field: [path, ...keys].filter(Boolean).join('.'), message: 'is not a field this request takes' };
    return { field: path || '(body)', message: issue.message };
  });
}

/**
 * Reads a JSON body and checks it against a contract schema: the typed value, or a problem
 * response to return (400 for a body that is not JSON, 422 naming each field at fault).
 *
 * @example
 *   const body = await readJson(c, CreateTicket);
 *   if (!body.ok) return body.response;
 */
export async function readJson<T extends z.ZodMiniType>(c: Context, schema: T): Promise<Parsed<z.infer<T>>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    return { ok: false, response: problem(c, 415, 'unsupported-media-type', 'Send the body as application/json.', [{ field: 'Content-Type', message: 'must be application/json' }]) };
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return { ok: false, response: problem(c, 400, 'invalid-json', 'The request body is not valid JSON.', [{ field: '(body)', message: 'is not valid JSON' }]) };
  }
  const result = z.safeParse(schema, json);
  if (!result.success) return { ok: false, response: problem(c, 422, 'invalid-body', 'Some fields are missing or not valid.', fieldErrors(result.error)) };
  return { ok: true, value: result.data };
}
