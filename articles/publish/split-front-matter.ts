/** The parts of an article file. Lines are 1-based file lines. */
export type SplitFile =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; message: string };

const FENCE = '---';

/**
 * Splits a file into its front matter (between the `---` lines at the very top) and its body.
 *
 * @example splitFrontMatter('---\ntitle: Hi\n---\nBody') // { ok: true, yaml: 'title: Hi', yamlLine: 2, body: 'Body', bodyLine: 4 }
 */
export function splitFrontMatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== FENCE) {
    return { ok: false, message: 'missing front matter: the file must start with a "---" line, the fields, then another "---" line' };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === FENCE);
  if (close === -1) return { ok: false, message: 'the front matter is never closed: add a "---" line after the last field' };
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}
