// A value made once per key and kept in a Map: for what is costly to build (Intl formatters) or asked for again and
// again (a year's events, every second).

/** The value for `key` in `cache`, made by `create` and stored the first time. */
export function getOrCreate<K, V>(cache: Map<K, V>, key: K, create: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  const value = create();
  cache.set(key, value);
  return value;
}
