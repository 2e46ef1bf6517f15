import { ArticleFile, DocsFile, Manifest } from '../../server/contract/published';
import type { SerializedIndex } from '../search/types';
import { fetchJson } from './fetch-json';

/**
 * The widget's only door to the network for help content. Everything it reads is checked
 * against the shared contract; hashed files are fetched once per page and cached in memory.
 *
 * @example
 *   const client = createArticlesClient('https://help.example.com');
 *   const manifest = await client.manifest();
 */
export interface ArticlesClient {
  manifest(): Promise<Manifest>;
  docs(path: string): Promise<DocsFile>;
  index(path: string): Promise<SerializedIndex>;
  article(path: string): Promise<ArticleFile>;
}

export function createArticlesClient(server: string): ArticlesClient {
  const base = `${server}/articles/`;
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(path: string, parse: (json: unknown) => T): Promise<T> => {
    let pending = cache.get(path) as Promise<T> | undefined;
    if (!pending) {
      pending = fetchJson(new URL(path, base).href).then(parse);
      // A failed fetch is forgotten so that "Try again" really tries again.
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    return pending;
  };
  return {
    manifest: () => get('manifest.json', (json) => Manifest.parse(json)),
    docs: (path) => get(path, (json) => DocsFile.parse(json)),
    index: (path) => get(path, (json) => json as SerializedIndex),
    article: (path) => get(path, (json) => ArticleFile.parse(json)),
  };
}
