/**
 * Intervals of exact rationals with open or closed ends and an optional +∞ upper end. A printed
 * number stands for the interval of true values that could have been printed that way (XBRL
 * Calculations 1.1), and every check asks whether such intervals can meet.
 */
import { add, ceil, compare, floor, isInteger, max, min, mul, rational, ratToString, type Rational } from "./rational.js";

/**
 * {x : lo ≤ x ≤ hi} with each end open or closed. `hi: null` is +∞ (then `hiOpen` is true).
 * No lower −∞: counts, amounts and percentages are never negative.
 */
export interface Interval {
  readonly lo: Rational;
  readonly loOpen: boolean;
  readonly hi: Rational | null;
  readonly hiOpen: boolean;
}

const ZERO: Rational = { num: 0n, den: 1n };

/** Any interval from its ends; a null `hi` is +∞ and always open. */
export function interval(lo: Rational, hi: Rational | null, opts: { loOpen?: boolean; hiOpen?: boolean } = {}): Interval {
  return { lo, loOpen: opts.loOpen ?? false, hi, hiOpen: hi === null ? true : (opts.hiOpen ?? false) };
}

/** [lo, hi]. */
export function closed(lo: Rational, hi: Rational): Interval {
  return interval(lo, hi);
}

/** [x, x]. */
export function point(x: Rational): Interval {
  return interval(x, x);
}

/** [x, +∞), or (x, +∞) when `open`. */
export function atLeastInterval(x: Rational, open = false): Interval {
  return interval(x, null, { loOpen: open });
}

/** [0, +∞): no claim at all. */
export function unbounded(): Interval {
  return interval(ZERO, null);
}

/** True when no value lies in the interval. */
export function isEmpty(i: Interval): boolean {
  if (i.hi === null) return false;
  const c = compare(i.lo, i.hi);
  return c > 0 || (c === 0 && (i.loOpen || i.hiOpen));
}

/** True when x lies in the interval. */
export function contains(i: Interval, x: Rational): boolean {
  const lo = compare(x, i.lo);
  if (lo < 0 || (lo === 0 && i.loOpen)) return false;
  if (i.hi === null) return true;
  const hi = compare(x, i.hi);
  return hi < 0 || (hi === 0 && !i.hiOpen);
}

/** The common part of two intervals (possibly empty). */
export function intersect(a: Interval, b: Interval): Interval {
  const cl = compare(a.lo, b.lo);
  const lo = cl >= 0 ? a.lo : b.lo;
  const loOpen = cl > 0 ? a.loOpen : cl < 0 ? b.loOpen : a.loOpen || b.loOpen;
  if (a.hi === null) return interval(lo, b.hi, { loOpen, hiOpen: b.hiOpen });
  if (b.hi === null) return interval(lo, a.hi, { loOpen, hiOpen: a.hiOpen });
  const ch = compare(a.hi, b.hi);
  const hi = ch <= 0 ? a.hi : b.hi;
  const hiOpen = ch < 0 ? a.hiOpen : ch > 0 ? b.hiOpen : a.hiOpen || b.hiOpen;
  return interval(lo, hi, { loOpen, hiOpen });
}

/** True when the two intervals share a value. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !isEmpty(intersect(a, b));
}

/**
 * True when every value of `a` is greater than every value of `b`, so "a ≤ b" is impossible.
 * Open ends count: (3000, +∞) lies entirely above [3000, 3000].
 */
export function entirelyAbove(a: Interval, b: Interval): boolean {
  if (b.hi === null) return false;
  const c = compare(a.lo, b.hi);
  return c > 0 || (c === 0 && (a.loOpen || b.hiOpen));
}

/** The interval of x + y for x in a and y in b. */
export function addIntervals(a: Interval, b: Interval): Interval {
  const hi = a.hi === null || b.hi === null ? null : add(a.hi, b.hi);
  return interval(add(a.lo, b.lo), hi, { loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen });
}

/** The interval of all sums of one value from each interval ([0, 0] for none). */
export function sumIntervals(list: readonly Interval[]): Interval {
  return sumIntervalsBy(list, (i) => i);
}

/**
 * sumIntervals of one interval taken from each item, in one loop: no lists of the intervals and
 * their ends (mapped lists change element kind when optimized, and their readers deoptimize).
 */
export function sumIntervalsBy<T>(items: readonly T[], pick: (item: T) => Interval): Interval {
  if (items.length === 0) return point(ZERO);
  let lo: Rational = { num: 0n, den: 1n };
  let hi: Rational | null = { num: 0n, den: 1n };
  let loOpen = false;
  let hiOpen = false;
  for (let k = 0; k < items.length; k++) {
    const i = pick(items[k]!);
    lo = add(lo, i.lo);
    hi = hi === null || i.hi === null ? null : add(hi, i.hi);
    if (i.loOpen) loOpen = true;
    if (i.hiOpen) hiOpen = true;
  }
  return interval(lo, hi, { loOpen, hiOpen });
}

/** The interval scaled by a positive factor. */
export function scaleInterval(i: Interval, factor: Rational): Interval {
  if (factor.num <= 0n) throw new RangeError("scaleInterval needs a positive factor");
  return interval(mul(i.lo, factor), i.hi === null ? null : mul(i.hi, factor), { loOpen: i.loOpen, hiOpen: i.hiOpen });
}

/** The smallest interval holding both. */
export function hull(a: Interval, b: Interval): Interval {
  const cl = compare(a.lo, b.lo);
  const lo = min(a.lo, b.lo);
  const loOpen = cl < 0 ? a.loOpen : cl > 0 ? b.loOpen : a.loOpen && b.loOpen;
  if (a.hi === null || b.hi === null) return interval(lo, null, { loOpen });
  const ch = compare(a.hi, b.hi);
  const hi = max(a.hi, b.hi);
  const hiOpen = ch > 0 ? a.hiOpen : ch < 0 ? b.hiOpen : a.hiOpen && b.hiOpen;
  return interval(lo, hi, { loOpen, hiOpen });
}

/**
 * The whole numbers in the interval, as an inclusive range, optionally capped at `cap`
 * (k ≤ n for a numerator); null when there are none.
 */
export function integerRange(i: Interval, cap?: bigint): { min: bigint; max: bigint } | null {
  let lo = ceil(i.lo);
  if (i.loOpen && isInteger(i.lo)) lo += 1n;
  if (lo < 0n) lo = 0n;
  let hi: bigint | null = null;
  if (i.hi !== null) {
    hi = floor(i.hi);
    if (i.hiOpen && isInteger(i.hi)) hi -= 1n;
  }
  if (cap !== undefined) hi = hi === null ? cap : hi < cap ? hi : cap;
  if (hi === null) throw new RangeError("integerRange of an unbounded interval needs a cap");
  return lo <= hi ? { min: lo, max: hi } : null;
}

/** Interval notation for logs and test names: "[23/2, 25/2]", "(3000, +∞)". */
export function intervalToString(i: Interval): string {
  const hi = i.hi === null ? "+∞" : ratToString(i.hi);
  return `${i.loOpen ? "(" : "["}${ratToString(i.lo)}, ${hi}${i.hiOpen ? ")" : "]"}`;
}

/** Shorthand for tests and callers: an interval from integer ends. */
export function intInterval(lo: bigint | number, hi: bigint | number | null, opts: { loOpen?: boolean; hiOpen?: boolean } = {}): Interval {
  return interval(rational(lo), hi === null ? null : rational(hi), opts);
}
