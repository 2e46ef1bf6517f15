import { ticketSubmission, type TicketSubmission } from '../../../bench/server/ticket-submission';

export interface Outcome {
  submission: TicketSubmission;
  /** The HTTP status, or undefined when no answer came (the connection died with the server). */
  status?: number;
  /** The response body, when there was one. */
  body?: unknown;
}

export interface SubmitOptions {
  url: string;
  /** Submissions to have ready; the run stops sending new ones once the server is killed. */
  total: number;
  /** Requests kept in flight at once. */
  inFlight: number;
  /** Kill the server when this many submissions have been answered. */
  killAfter: number;
  kill(): void;
}

/**
 * Sends distinct ticket submissions, `inFlight` at a time, and calls `kill` as the `killAfter`-th
 * answer arrives, while the others are still in flight. Resolves with every submission that was
 * sent and what came back, and how many were in flight when `kill` was called.
 *
 * @example const { outcomes } = await submitUntilKilled({ url, total: 400, inFlight: 20, killAfter: 150, kill: () => child.kill('SIGKILL') });
 */
export async function submitUntilKilled({ url, total, inFlight, killAfter, kill }: SubmitOptions): Promise<{ outcomes: Outcome[]; inFlightAtKill: number }> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let answered = 0;
  let pending = 0;
  let inFlightAtKill = -1;

  const worker = async () => {
    while (inFlightAtKill < 0 && next < total) {
      const outcome: Outcome = { submission: ticketSubmission(next++) };
      outcomes.push(outcome);
      pending++;
      try {
        const response = await fetch(`${url}/api/tickets`, {
          method: 'POST',
          headers: outcome.submission.headers,
          body: JSON.stringify(outcome.submission.body),
          signal: AbortSignal.timeout(60_000),
        });
        outcome.status = response.status;
        outcome.body = await response.json().catch(() => undefined);
      } catch {
        // No answer: the server died with this request in flight, or before it was read.
      } finally {
        pending--;
      }
      if (outcome.status !== undefined && ++answered === killAfter) {
        inFlightAtKill = pending;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { outcomes, inFlightAtKill };
}
