/**
 * Array.prototype.map and filter, as loops that push into a new list. V8's optimized code makes a
 * mapped list "holey" where the interpreter makes it "packed": the same site then meets lists of two
 * element kinds, and every function reading one is deoptimized ("wrong map") and compiled again when
 * the function that made it is optimized. A list built by push has one kind in every tier.
 */
export function mapped<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}
