import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesBetween } from '../../../test/bench/files-between';

const SERVER = 'http://127.0.0.1:9000';
const body = (text: string) => new TextEncoder().encode(text.repeat(50));
const bodies = new Map<string, Uint8Array>([
  [`${SERVER}/widget/api-client.abc.js`, body('export const client = 1;')],
  [`${SERVER}/widget/form.def.css`, body('.form{color:red}')],
  [`${SERVER}/widget/early.js`, body('early')],
  [`${SERVER}/api/channels`, body('{"channels":[]}')],
  ['http://127.0.0.1:9001/site.js', body('site')],
]);

describe('filesBetween', () => {
  it('keeps the widget server’s scripts and styles requested within the span, gzip-sized, each once', () => {
    const entries = [
      { name: `${SERVER}/widget/early.js`, startTime: 10 },
      { name: `${SERVER}/widget/api-client.abc.js`, startTime: 105 },
      { name: `${SERVER}/api/channels`, startTime: 110 },
      { name: `${SERVER}/widget/form.def.css`, startTime: 120 },
      { name: `${SERVER}/widget/api-client.abc.js`, startTime: 150 },
      { name: 'http://127.0.0.1:9001/site.js', startTime: 130 },
      { name: `${SERVER}/widget/late.js`, startTime: 250 },
    ];
    const files = filesBetween(entries, { from: 100, to: 200 }, bodies, SERVER);
    expect(files.map((file) => [file.path, file.kind])).toEqual([
      ['/widget/api-client.abc.js', 'script'],
      ['/widget/form.def.css', 'style'],
    ]);
    const client = bodies.get(`${SERVER}/widget/api-client.abc.js`)!;
    expect(files[0]).toMatchObject({ bytes: client.length, gzip: gzipSync(client, { level: 9 }).length });
  });

  it('finds nothing in a span where nothing was requested', () => {
    expect(filesBetween([{ name: `${SERVER}/widget/early.js`, startTime: 10 }], { from: 100, to: 200 }, bodies, SERVER)).toEqual([]);
  });
});
