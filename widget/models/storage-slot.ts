/** What the stores need of localStorage; `removeItem` only where a value can be taken away. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

/**
 * One key of the visitor's storage, read and written without ever throwing: storage can be
 * missing, blocked (private mode, a strict host), full, or hold something unreadable. Then the
 * widget keeps its state for the page only, and every store reads that the same way.
 *
 * @example
 *   const slot = storageSlot(browserStorage(), 'support-widget:draft');
 *   slot.setJson({ fields });      // undefined removes the key
 *   slot.getJson();                // the parsed value, or undefined
 */
export function storageSlot(storage: StorageLike | undefined, key: string) {
  const get = (): string | undefined => {
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const set = (value: string | undefined): void => {
    try {
      if (value === undefined) storage?.removeItem?.(key);
      else storage?.setItem(key, value);
    } catch {
      // Quota or blocked storage: what the visitor did still counts for this page.
    }
  };
  return {
    get,
    set,
    /** The stored JSON, or undefined when there is none or it does not parse. */
    getJson(): unknown {
      const raw = get();
      if (raw === undefined) return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return undefined;
      }
    },
    setJson: (value: unknown) => set(value === undefined ? undefined : JSON.stringify(value)),
  };
}
export type StorageSlot = ReturnType<typeof storageSlot>;
