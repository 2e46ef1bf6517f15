import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** Front matter read from YAML, with every position already turned into a file line. */
export interface FrontMatterData {
  /** Plain data; undefined when the YAML has errors. */
  fields: unknown;
  lineOf(path: readonly PropertyKey[]): number;
  errors: { line: number; message: string }[];
}

/**
 * Reads front-matter YAML that starts at file line `firstLine`. Positions come from the YAML
 * parser itself, so a problem points at the line the writer has to fix.
 *
 * @example readFrontMatter('title: Hi', 2).lineOf(['title']) // 2
 */
export function readFrontMatter(yaml: string, firstLine: number): FrontMatterData {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const fence = firstLine - 1;
  const lineAt = (offset: number) => counter.linePos(offset).line + fence;
  const lineOf = (path: readonly PropertyKey[]) => {
    const node = path.length > 1 ? doc.getIn(path, true) : undefined;
    const offset = isNode(node) ? node.range?.[0] : keyOffset(doc, path[0]);
    return offset === undefined ? fence : lineAt(offset);
  };
  const errors = doc.errors.map((error) => ({
    line: lineAt(errorOffset(doc, error.pos[0], yaml)),
    message: `the front matter is not valid YAML: ${error.message}`,
  }));
  return { fields: errors.length ? undefined : (doc.toJS() ?? {}), lineOf, errors };
}

function keyOffset(doc: Document, key: PropertyKey | undefined): number | undefined {
  if (key === undefined || !isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => isNode(item.key) && String(item.key.toJSON()) === String(key));
  return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
}

/**
 * An unclosed quote is only noticed at the end of the input; the field that opened it is the
 * line to fix, so errors at the end point back at the last field that had started by then.
 */
function errorOffset(doc: Document, offset: number, yaml: string): number {
  if (offset < yaml.trimEnd().length || !isMap(doc.contents)) return offset;
  const starts = doc.contents.items.flatMap((item) => (isNode(item.key) && item.key.range ? [item.key.range[0]] : []));
  return starts.filter((start) => start <= offset).at(-1) ?? offset;
}
