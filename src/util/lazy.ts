/**
 * A heavy CommonJS package loaded on first use, once. A dynamic import of CommonJS yields its exports as the
 * namespace under node (jest) but only as `default` from esbuild's split bundle, so both shapes are accepted here
 * and nowhere else.
 */
export function lazyCommonJs<T>(load: () => Promise<unknown>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load().then((m) => ((m as { default?: T }).default ?? m) as T);
    return loaded;
  };
}
