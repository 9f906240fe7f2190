/**
 * Bisection over a list in text order: the first index in [0, length) at which `before(i)` is false,
 * or `length` when it holds everywhere. `before` must hold on a prefix of the list and nowhere after
 * it (a list sorted by start, asked "starts before the offset?").
 */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
