import { z } from 'zod';
import { UsageError } from './usage-error';

/** One question people asked, in the locale they asked it, and the slug of the article that answers it. */
export interface EvalQuery {
  locale: string;
  query: string;
  expected: string;
}

const QueryLine = z.object({
  locale: z.string().min(1),
  query: z.string().trim().min(1),
  expected: z.string().min(1),
});

/**
 * Parses queries.jsonl text (one JSON object a line; blank lines are allowed). Throws a UsageError
 * naming the file and line of the first bad one, so a corpus author can fix it at once.
 *
 * @example parseQueries('{"locale":"en","query":"smtp port","expected":"email-server-settings"}\n', 'queries.jsonl');
 */
export function parseQueries(text: string, file: string): EvalQuery[] {
  const queries: EvalQuery[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new UsageError(`${file}:${i + 1}: not valid JSON`);
    }
    const parsed = QueryLine.safeParse(json);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`);
      throw new UsageError(`${file}:${i + 1}: ${problems.join('; ')} (expected {"locale", "query", "expected"})`);
    }
    queries.push({ locale: parsed.data.locale, query: parsed.data.query, expected: parsed.data.expected });
  }
  return queries;
}
