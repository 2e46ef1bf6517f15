/**
 * A Storage for model tests: a Map behind getItem/setItem/removeItem, open for the test to look in.
 *
 * @example const storage = memoryStorage({ 'support-widget:tickets': '[]' });
 */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
