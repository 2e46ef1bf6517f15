import type { Index } from 'flexsearch';

/** FlexSearch's own fields behind `Index.import()`: the term map and the registry of ids. */
type IndexInternals = { map: Map<string, unknown>; reg: Set<number>; fastupdate: boolean };

/**
 * Loads one field's export into an index, doing exactly what FlexSearch's `import()` does for a
 * flat index ("map": term → postings, "reg": the ids). The widget ships FlexSearch's light build,
 * which answers searches but has no import(), at less than half the size of the compact build.
 * Pinned to flexsearch 0.8; the unit tests run it against the light build itself.
 *
 * @example
 *   importIndex(new Index({ tokenize: 'forward' }), { '1.map': [...], '1.reg': [...] });
 */
export function importIndex(index: Index, exported: Record<string, unknown>): void {
  const target = index as unknown as IndexInternals;
  for (const [key, data] of Object.entries(exported)) {
    const part = key.split('.').pop();
    if (!Array.isArray(data)) throw new Error(`search index part "${key}" is not a list: publish the articles again`);
    if (part === 'map') target.map = new Map(data as [string, unknown][]);
    else if (part === 'reg') {
      target.reg = new Set(data as number[]);
      target.fastupdate = false;
    } else throw new Error(`search index part "${key}" is not one this widget reads: publish the articles again`);
  }
}
