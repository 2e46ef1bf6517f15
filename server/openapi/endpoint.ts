import type * as z from 'zod/mini';

/** Who may call an endpoint, and how they prove it. */
export type Auth = 'none' | 'ticket-token' | 'staff' | 'contact-centre';

/** One API operation as the OpenAPI document describes it, with the contract schemas it uses. */
export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI form, relative to /api: `/tickets/{ref}`. */
  path: string;
  summary: string;
  auth: Auth;
  body?: z.ZodMiniType;
  query?: z.ZodMiniType;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: { name: string; required: boolean; description: string }[];
  /** Success status and what it returns (no schema: an empty body). */
  success: { status: number; description: string; schema?: z.ZodMiniType };
  /** Error statuses this operation may answer, each with a problem+json body. */
  errors: number[];
}
