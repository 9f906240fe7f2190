/**
 * Rate consistency r ≈ k/n (§4.3). A printed percent R with d decimals fits k/n under
 * round-to-nearest (any tie rule) iff (2R − 1)·n ≤ S·k ≤ (2R + 1)·n with S = 2·10^(d+2), all in
 * BigInt. Hedge words widen or cut the interval; truncation is reported apart and never certain.
 */
import { contains, integerRange, interval, overlaps, type Interval } from "./interval.js";
import { printedIntervals, rateIntervals, toPrintedPercent, type PrintedPercent, type RateLike } from "./percent.js";
import {
  compare,
  div,
  isInteger,
  mul,
  rational,
  ratToString,
  scale10,
  toExactDecimal,
  toFixed,
  toRational,
  type NumberLike,
  type Rational,
  type RoundingMode,
} from "./rational.js";

/** Which printing convention reproduces the rate from k/n: rounding, truncation only, or neither. */
export type RateMode = "round" | "truncate" | "none";

/** Printed 100% with k < n ("full") or printed 0% with k > 0 ("zero"): Chinese reports use them literally. */
export type StrictViolation = "full" | "zero";

/** The verdict of one (rate, k, n) triple. */
export interface RateCheck {
  /**
   * True when k/n prints as the rate under round-to-nearest (within the hedge word's bounds) and no
   * strict 100%/0% reading is broken. A truncation-only match is NOT consistent: report it as INFO.
   */
  readonly consistent: boolean;
  readonly mode: RateMode;
  readonly strictViolation?: StrictViolation;
  /** True when k/n lies within the conventional reading of a hedge word (约, 近…); same as round for exact. */
  readonly softConsistent: boolean;
  readonly printed: PrintedPercent;
  /** 100·k/n exactly; null when n = 0. */
  readonly computed: Rational | null;
  /** k/n as a percent rounded half-up to the printed decimals ("98.3"); null when n = 0. */
  readonly expected: string | null;
  /** Why nothing was decided: a zero denominator makes any printed rate unverifiable. */
  readonly reason?: "zero-denominator";
}

/** 100·k/n as an exact rational; throws when n = 0. */
export function percentOf(k: NumberLike, n: NumberLike): Rational {
  return div(mul(toRational(k), rational(100n)), toRational(n));
}

/** k/n as a percent string with `decimals` digits, rounded half-up unless told (118/120, 2 → "98.33"). */
export function formatPercent(k: NumberLike, n: NumberLike, decimals: number, mode: RoundingMode = "half-up"): string {
  return toFixed(percentOf(k, n), decimals, mode);
}

/** k/n as a plain decimal string with `decimals` digits, rounded half-up unless told (1/8, 2 → "0.13"). */
export function formatRatio(k: NumberLike, n: NumberLike, decimals: number, mode: RoundingMode = "half-up"): string {
  return toFixed(div(toRational(k), toRational(n)), decimals, mode);
}

/**
 * A percent for people: exact when it terminates within `decimals` digits ("90", "100"),
 * otherwise rounded half-up to `decimals` ("93.3"). Messages use decimals = printed + 1.
 */
export function displayPercent(k: NumberLike, n: NumberLike, decimals: number): string {
  const p = percentOf(k, n);
  return toExactDecimal(p, decimals) ?? toFixed(p, decimals);
}

/** True when 10^(d+2)·k ∈ [R·n, (R+1)·n): the rate is k/n with its digits cut off, not rounded. */
export function isTruncationOf(rate: RateLike, k: NumberLike, n: NumberLike): boolean {
  return truncates(toPrintedPercent(rate), percentOf(k, n));
}

/** `isTruncationOf` for a rate already read and its 100·k/n already computed. */
function truncates(p: PrintedPercent, percent: Rational): boolean {
  const scaled = scale10(percent, p.d);
  return compare(scaled, rational(p.R)) >= 0 && compare(scaled, rational(p.R + 1n)) < 0;
}

function strictViolationOf(p: PrintedPercent, k: Rational, n: Rational): StrictViolation | undefined {
  const hundred = 100n * 10n ** BigInt(p.d);
  if (p.R === hundred && (p.approx === "exact" || p.approx === "atLeast") && compare(k, n) < 0) return "full";
  if (p.R === 0n && (p.approx === "exact" || p.approx === "atMost") && k.num > 0n) return "zero";
  return undefined;
}

/**
 * Checks a printed rate against a numerator k and denominator n (counts or exact amounts).
 * `checkRate("98.3", 118, 120)` → consistent, mode "round". A zero denominator returns
 * consistent with reason "zero-denominator": nothing can be verified, so nothing is claimed.
 */
export function checkRate(rate: RateLike, k: NumberLike, n: NumberLike): RateCheck {
  const printed = toPrintedPercent(rate);
  const kr = toRational(k);
  const nr = toRational(n);
  if (kr.num < 0n || nr.num < 0n) throw new RangeError("checkRate needs non-negative k and n");
  if (nr.num === 0n) {
    return { consistent: true, mode: "none", softConsistent: true, printed, computed: null, expected: null, reason: "zero-denominator" };
  }
  const computed = div(mul(kr, rational(100n)), nr);
  // From the rate as read: reading its printed digits again (BigInt work) would give the same R and d.
  const { hard, soft } = printedIntervals(printed);
  const strictViolation = strictViolationOf(printed, kr, nr);
  let mode: RateMode = "none";
  if (contains(hard, computed)) mode = "round";
  else if (printed.approx === "exact" && truncates(printed, computed)) mode = "truncate";
  const result: RateCheck = {
    consistent: mode === "round" && strictViolation === undefined,
    mode,
    softConsistent: contains(soft, computed) && strictViolation === undefined,
    printed,
    computed,
    expected: toFixed(computed, printed.d),
  };
  return strictViolation ? { ...result, strictViolation } : result;
}

/** The whole-number numerators k (0 ≤ k ≤ n) whose k/n prints as the rate; null when none. */
export function numeratorsForRate(rate: RateLike, n: NumberLike): { min: bigint; max: bigint } | null {
  const nr = toRational(n);
  if (!isInteger(nr) || nr.num < 0n) throw new RangeError(`Not a whole-number denominator: ${ratToString(nr)}`);
  const { hard } = rateIntervals(rate);
  return integerRange(scaleToCounts(hard, nr), nr.num);
}

/** The interval of k values for which 100·k/n lies in `percentInterval`. */
function scaleToCounts(percentInterval: Interval, n: Rational): Interval {
  const factor = div(n, rational(100n));
  const lo = mul(percentInterval.lo, factor);
  const hi = percentInterval.hi === null ? null : mul(percentInterval.hi, factor);
  return interval(lo, hi, { loOpen: percentInterval.loOpen, hiOpen: percentInterval.hiOpen });
}

function nearestIn(range: { min: bigint; max: bigint }, near: bigint): bigint {
  return near < range.min ? range.min : near > range.max ? range.max : near;
}

/**
 * The numerator that would produce the printed rate with this n, nearest to `near` (the k the text
 * gives), or null when no whole number works. 118/120 printed 99.2% → 119 ("若办结119件").
 */
export function numeratorForRate(rate: RateLike, n: NumberLike, near?: NumberLike): bigint | null {
  const range = numeratorsForRate(rate, n);
  if (!range) return null;
  return near === undefined ? range.min : nearestIn(range, roundToBigInt(near));
}

/**
 * The whole-number denominators n ≥ 1 whose k/n prints as the rate (`max` null when there is no
 * upper end, e.g. for k = 0 and a printed 0%); null when none.
 */
export function denominatorsForRate(rate: RateLike, k: NumberLike): { min: bigint; max: bigint | null } | null {
  const kr = toRational(k);
  if (kr.num < 0n) throw new RangeError("denominatorsForRate needs k ≥ 0");
  const { hard } = rateIntervals(rate);
  if (kr.num === 0n) return contains(hard, rational(0n)) ? { min: 1n, max: null } : null;
  const hundredK = mul(kr, rational(100n));
  // 100k/n ∈ [lo, hi] ⇔ n ∈ [100k/hi, 100k/lo]: the open ends swap sides, a zero lo means no upper end.
  const nLo = hard.hi === null ? rational(0n) : div(hundredK, hard.hi);
  const nHi = hard.lo.num === 0n ? null : div(hundredK, hard.lo);
  const nInterval = interval(nLo, nHi, { loOpen: hard.hi !== null && hard.hiOpen, hiOpen: hard.loOpen });
  if (nHi === null) {
    const first = bigintCeil(nLo) + (nInterval.loOpen && isInteger(nLo) ? 1n : 0n);
    return { min: maxBig(first, 1n), max: null };
  }
  const range = integerRange(nInterval);
  if (!range) return null;
  const min = maxBig(range.min, 1n);
  return min <= range.max ? { min, max: range.max } : null;
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

/** The denominator nearest to `near` that would produce the printed rate with this k, or null. */
export function denominatorForRate(rate: RateLike, k: NumberLike, near: NumberLike): bigint | null {
  const range = denominatorsForRate(rate, k);
  if (!range) return null;
  const target = roundToBigInt(near);
  if (target < range.min) return range.min;
  if (range.max !== null && target > range.max) return range.max;
  return target;
}

function bigintCeil(r: Rational): bigint {
  const q = r.num / r.den;
  return q * r.den === r.num ? q : q + 1n;
}

function roundToBigInt(x: NumberLike): bigint {
  const r = toRational(x);
  return BigInt(toFixed(r, 0));
}

/** Bounds of a count-based proportion (R4): a printed rate above 100%, a numerator above its denominator. */
export interface ProportionBounds {
  readonly rateAboveHundred: boolean;
  readonly numeratorExceedsDenominator: boolean;
}

/** Checks R4 for a bounded indicator: the rate must be ≤ 100% and k ≤ n when both are known. */
export function checkProportionBounds(rate: RateLike, k?: NumberLike, n?: NumberLike): ProportionBounds {
  const p = toPrintedPercent(rate);
  const rateAboveHundred = p.approx !== "atMost" && p.approx !== "below" && p.approx !== "about" && p.approx !== "nearly"
    ? p.R > 100n * 10n ** BigInt(p.d)
    : false;
  const numeratorExceedsDenominator = k !== undefined && n !== undefined && compare(toRational(k), toRational(n)) > 0;
  return { rateAboveHundred, numeratorExceedsDenominator };
}

/** One (k, n) candidate pair tried against a rate, with its indexes in the candidate lists. */
export interface RatePairMatch {
  readonly kIndex: number;
  readonly nIndex: number;
  readonly check: RateCheck;
}

/** The outcome of trying every candidate pair: the first fit, else the first truncation-only match. */
export interface RatePairsResult {
  /** The first consistent pair; when set, the rate is silent (§4.3 step 2). */
  readonly fit: RatePairMatch | null;
  /** The first pair matching only by truncation (INFO), when no pair fits. */
  readonly truncation: RatePairMatch | null;
  /** Every pair tried, numerators outer, denominators inner. */
  readonly tried: readonly RatePairMatch[];
}

/**
 * Tries a rate against every (k, n) in K × N (§4.3 decision procedure, step 2): any fit means the
 * rate is consistent under some reading and nothing should be reported.
 */
export function matchRatePairs(rate: RateLike, numerators: readonly NumberLike[], denominators: readonly NumberLike[]): RatePairsResult {
  const tried: RatePairMatch[] = [];
  numerators.forEach((k, kIndex) => {
    denominators.forEach((n, nIndex) => tried.push({ kIndex, nIndex, check: checkRate(rate, k, n) }));
  });
  const fit = tried.find((t) => t.check.consistent) ?? null;
  const truncation = fit ? null : (tried.find((t) => t.check.mode === "truncate") ?? null);
  return { fit, truncation, tried };
}

/**
 * Whether a printed rate can come from some k and n within their intervals: for amounts that are
 * themselves rounded (1.82万 ÷ 4.04万) the quotient is a range, and the rate fits when that range
 * meets the rate's own interval. Both intervals must be non-negative with n above zero.
 */
export function rateFitsRange(rate: RateLike, k: Interval, n: Interval): boolean {
  const { hard } = rateIntervals(rate);
  if (n.hi !== null && n.hi.num === 0n) return true;
  const hundred = rational(100n);
  const lo = n.hi === null ? rational(0n) : div(mul(k.lo, hundred), n.hi);
  const hi = k.hi === null || n.lo.num === 0n ? null : div(mul(k.hi, hundred), n.lo);
  return overlaps(interval(lo, hi), hard);
}
