/**
 * Levenshtein distance between `a` and `b` when it is at most `max`, else -1. Only the band of
 * width 2·max+1 around the diagonal is computed, so comparing a title with a long catalog costs
 * O(length × max), and a row whose best cell already exceeds `max` stops the walk.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return -1;
  const outside = max + 1;
  let previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j <= max ? j : outside;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(outside);
    if (i <= max) current[0] = i;
    let best = current[0]!;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(outside, substitution, previous[j]! + 1, current[j - 1]! + 1);
      if (current[j]! < best) best = current[j]!;
    }
    if (best > max) return -1;
    previous = current;
  }
  return previous[b.length]! <= max ? previous[b.length]! : -1;
}
