/** Something fetched on demand (a code chunk, a guide, a language's messages), once per key. */
export interface LoadOnce<K, T> {
  (key: K): Promise<T>;
  /** What has arrived already, synchronously: a view can show it without waiting a frame. */
  peek(key: K): T | undefined;
}

/**
 * Fetches once per key and keeps the result. A failed fetch (an extension updated under an open panel loses its
 * old chunks) is forgotten, so the next call tries again.
 */
export function loadOnce<K, T>(load: (key: K) => Promise<T>): LoadOnce<K, T> {
  const loading = new Map<K, Promise<T>>();
  const arrived = new Map<K, T>();
  const get = (key: K) => {
    let result = loading.get(key);
    if (!result) {
      result = load(key);
      result.then(
        (value) => arrived.set(key, value),
        () => loading.delete(key),
      );
      loading.set(key, result);
    }
    return result;
  };
  return Object.assign(get, { peek: (key: K) => arrived.get(key) });
}
