import { describe, expect, it } from 'vitest';
import { parseQueries } from '../../../test/eval/parse-queries';

describe('parseQueries', () => {
  it('reads one question a line and skips blank lines', () => {
    const text = '{"locale":"en","query":"smtp port","expected":"email-server-settings"}\n\n{"locale":"sv","query":"glömt lösenord","expected":"aterstall"}\n';
    expect(parseQueries(text, 'q.jsonl')).toEqual([
      { locale: 'en', query: 'smtp port', expected: 'email-server-settings' },
      { locale: 'sv', query: 'glömt lösenord', expected: 'aterstall' },
    ]);
  });

  it('names the file and line of invalid JSON', () => {
    expect(() => parseQueries('{"locale":"en","query":"a","expected":"b"}\n{oops', 'q.jsonl')).toThrow(/^q\.jsonl:2: not valid JSON/);
  });

  it('names the field that is missing', () => {
    expect(() => parseQueries('{"locale":"en","query":"a"}', 'q.jsonl')).toThrow(/q\.jsonl:1: expected:/);
  });

  it('rejects a question that is only white space', () => {
    expect(() => parseQueries('{"locale":"en","query":"   ","expected":"b"}', 'q.jsonl')).toThrow(/q\.jsonl:1: query:/);
  });
});
