/**
 * `build` memoised by the identity of its argument. For values derived from an object that stays the same until
 * a re-seed (a scoring model, the search documents): the derived value is built once per content version, and
 * dropped with the object. Pure apart from the cache.
 */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>()
  return (key) => {
    if (!built.has(key)) built.set(key, build(key))
    return built.get(key) as V
  }
}
