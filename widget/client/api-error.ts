import type { FieldError } from '../../server/contract/problem';

/**
 * Why a call to the ticket API failed, in one shape whatever went wrong. `status` is the HTTP
 * status, or 0 when no answer came (`type` "network" or "timeout"); `type` is the problem type
 * the server sent ("origin-not-allowed", "invalid-body", ...) or "invalid-response" when the
 * answer did not match the shared contract; `errors` names each field at fault, for the form.
 *
 * Kept apart from the client so that models can check `instanceof ApiError` without loading ky.
 *
 * @example
 *   try { await client.channels(); }
 *   catch (error) { if (error instanceof ApiError && error.status === 0) showOffline(); }
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];
  /** Seconds the server asked to wait before trying again (its Retry-After header), if it said. */
  readonly retryAfter: number | undefined;

  constructor(problem: { status: number; type: string; detail: string; errors?: readonly FieldError[]; retryAfter?: number }) {
    super(`${problem.status || 'no answer'} ${problem.type}: ${problem.detail}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.type = problem.type;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfter = problem.retryAfter;
  }

  /** The message for one field of the request ("email", "urgent.reason"), if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}
