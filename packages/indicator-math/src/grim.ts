/**
 * GRIM-style feasibility (§4.4, Brown & Heathers 2016): with only the denominator n known, is
 * there a whole number k with 0 ≤ k ≤ n whose k/n prints as the rate? Feasible iff
 * ceil((2R − 1)·n / S) ≤ k ≤ floor((2R + 1)·n / S), S = 2·10^(d+2). The test says something only
 * when n < 10^(d+2); above that every printed value is reachable.
 */
import { integerRange, interval } from "./interval.js";
import { rateIntervals, toPrintedPercent, type RateLike } from "./percent.js";
import { exactCount, normalizeValue, type PrintedInput } from "./printed.js";
import { div, isInteger, mul, rational, ratToString, toFixed, toRational, type NumberLike } from "./rational.js";
import { displayPercent, percentOf } from "./rate-check.js";
import { isCountDimension } from "./units.js";

/** An inclusive range of whole numbers. */
export interface CountRange {
  readonly min: bigint;
  readonly max: bigint;
}

/** A count k out of n next to an impossible rate, with how it prints. */
export interface FeasibleNeighbour {
  readonly k: bigint;
  readonly n: bigint;
  /** k/n as a percent rounded half-up to the printed decimals ("93" for 14/15 at d = 0). */
  readonly printed: string;
  /** k/n with one more decimal than printed, or exact when shorter ("93.3", "100"): what messages show. */
  readonly shown: string;
}

/** Everything GRIM says about one rate and one denominator. */
export interface GrimResult {
  /** True when the test can say anything: an exact rate and a whole n with 1 ≤ n < 10^(d+2). */
  readonly testable: boolean;
  readonly feasible: boolean;
  /** The numerators that print as the rate, or null. */
  readonly counts: CountRange | null;
  /** The largest k whose k/n falls below the printed rate, or null. */
  readonly below: FeasibleNeighbour | null;
  /** The smallest k ≤ n whose k/n falls above the printed rate, or null. */
  readonly above: FeasibleNeighbour | null;
}

function wholeN(n: NumberLike): bigint {
  const r = toRational(n);
  if (!isInteger(r) || r.num < 0n) throw new RangeError(`Not a whole-number denominator: ${ratToString(r)}`);
  return r.num;
}

/** The k interval (before rounding to whole numbers) that prints as the rate for this n. */
function countInterval(rate: RateLike, n: bigint) {
  const { hard } = rateIntervals(rate);
  const factor = div(rational(n), rational(100n));
  return interval(mul(hard.lo, factor), hard.hi === null ? null : mul(hard.hi, factor), {
    loOpen: hard.loOpen,
    hiOpen: hard.hiOpen,
  });
}

/** The whole numbers k with 0 ≤ k ≤ n whose k/n prints as the rate (2068 & 98% → 2017..2036); null when none. */
export function feasibleCounts(rate: RateLike, n: NumberLike): CountRange | null {
  const nn = wholeN(n);
  if (nn === 0n) return null;
  return integerRange(countInterval(rate, nn), nn);
}

/** True when some whole k ≤ n gives the printed rate (15 & 99% → false). */
export function isFeasible(rate: RateLike, n: NumberLike): boolean {
  return feasibleCounts(rate, n) !== null;
}

/** The gate n < 10^(d+2) (with an exact rate and a whole n ≥ 1): below it, not every rate is reachable. */
export function isGrimTestable(rate: RateLike, n: NumberLike): boolean {
  const p = toPrintedPercent(rate);
  const r = toRational(n);
  if (p.approx !== "exact" || !isInteger(r) || r.num < 1n) return false;
  return r.num < 10n ** BigInt(p.d + 2);
}

/**
 * The gate for a printed denominator: an exact whole-number count (not money, not 约/余) in a
 * count dimension, and n < 10^(d+2).
 */
export function isGrimTestableCount(rate: RateLike, n: PrintedInput): boolean {
  const count = exactCount(n);
  const dimension = normalizeValue(n).dimension;
  if (count === null || (dimension !== null && !isCountDimension(dimension))) return false;
  return isGrimTestable(rate, count);
}

function neighbour(k: bigint, n: bigint, d: number): FeasibleNeighbour {
  return { k, n, printed: toFixed(percentOf(k, n), d), shown: displayPercent(k, n, d + 1) };
}

/**
 * The two nearest counts around the printed rate: k⁻ (largest k printing below it) and k⁺
 * (smallest k ≤ n printing above it). 356 & 98.8% → 351 (98.6), 352 (98.9).
 */
export function nearestFeasibleRates(rate: RateLike, n: NumberLike): { below: FeasibleNeighbour | null; above: FeasibleNeighbour | null } {
  const nn = wholeN(n);
  if (nn === 0n) return { below: null, above: null };
  const p = toPrintedPercent(rate);
  const ki = countInterval(rate, nn);
  // Without the k ≤ n cap, the integers strictly below and above the interval are the neighbours.
  const lo = integerRange(interval(ki.lo, null, { loOpen: ki.loOpen }), nn + 1n)?.min ?? nn + 1n;
  let belowK = lo - 1n;
  if (belowK > nn) belowK = nn;
  let above: FeasibleNeighbour | null = null;
  if (ki.hi !== null) {
    const hiRange = integerRange(interval(rational(0n), ki.hi, { hiOpen: ki.hiOpen }));
    const aboveK = hiRange === null ? 0n : hiRange.max + 1n;
    if (aboveK <= nn) above = neighbour(aboveK, nn, p.d);
  }
  return { below: belowK >= 0n ? neighbour(belowK, nn, p.d) : null, above };
}

/** Runs the whole GRIM check for one rate and one denominator. */
export function grimCheck(rate: RateLike, n: NumberLike): GrimResult {
  const counts = feasibleCounts(rate, n);
  const { below, above } = nearestFeasibleRates(rate, n);
  return { testable: isGrimTestable(rate, n), feasible: counts !== null, counts, below, above };
}
