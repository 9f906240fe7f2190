/**
 * `compute` run once per key object (a report, its number facts): the analyses that several rules
 * share are kept with the object, and dropped with it.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    const known = values.get(key);
    if (known !== undefined || values.has(key)) return known as V;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}
