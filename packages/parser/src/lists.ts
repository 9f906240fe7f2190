/**
 * A new empty array for objects. `[]` has small-integer elements until the first object goes in,
 * so a list left empty had another hidden class than a filled one, and optimized code that had met
 * only filled ones was deoptimized ("wrong map") by the first empty one and compiled again.
 */
export function objectList<T>(): T[] {
  const list: T[] = [undefined as T];
  list.length = 0;
  return list;
}
