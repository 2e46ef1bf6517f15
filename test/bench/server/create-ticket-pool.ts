import { ticketSubmission } from './ticket-submission';

export interface PooledTicket {
  reference: string;
  token: string;
  /** The headers its visitor sends: Origin and the visitor's own address. */
  headers: Record<string, string>;
}

/**
 * Creates `count` tickets through the API, `concurrency` at a time, for the status look-up bench.
 * Throws on any answer but 201, since a look-up bench over missing tickets would measure 404s.
 *
 * @example const pool = await createTicketPool(server.url, 500);
 */
export async function createTicketPool(url: string, count: number, concurrency = 20): Promise<PooledTicket[]> {
  const pool: PooledTicket[] = [];
  const run = `pool${Date.now().toString(36)}`;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      // Addresses from a million up, apart from the creation bench's visitors.
      const { headers, body } = ticketSubmission(1_000_000 + next++, run);
      const response = await fetch(`${url}/api/tickets`, { method: 'POST', headers, body: JSON.stringify(body) });
      const answer = (await response.json()) as { reference: string; token: string };
      if (response.status !== 201) throw new Error(`creating the look-up pool: POST /api/tickets answered ${response.status} ${JSON.stringify(answer)}`);
      pool.push({ reference: answer.reference, token: answer.token, headers: { Origin: headers.Origin, 'X-Forwarded-For': headers['X-Forwarded-For'] } });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return pool;
}
