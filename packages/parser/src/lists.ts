// Never filled: copied by objectList. (Setting an array's length to 0 per list was a slow runtime call.)
const NO_OBJECTS: unknown[] = [undefined];
NO_OBJECTS.length = 0;

/**
 * A new empty array for objects. `[]` has small-integer elements until the first object goes in,
 * so a list left empty had another hidden class than a filled one, and optimized code that had met
 * only filled ones was deoptimized ("wrong map") by the first empty one and compiled again.
 */
export function objectList<T>(): T[] {
  return NO_OBJECTS.slice() as T[];
}
