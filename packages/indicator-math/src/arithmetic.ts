/**
 * The arithmetic behind a number finding, as data (§4.7): the printed value, what the other
 * numbers give with one more decimal than printed, how that rounds, and what the printed number
 * would need. No words: the rules render these in Chinese or English with their own templates.
 */
import { grimCheck, type FeasibleNeighbour } from "./grim.js";
import type { Interval } from "./interval.js";
import { checkPartWhole, type PartWholeInput, type PartWholeResult } from "./part-whole.js";
import { toPrintedPercent, type RateLike } from "./percent.js";
import { normalizeValue, valueIntervals, type NormalizedValue, type PrintedInput } from "./printed.js";
import { checkRate, denominatorForRate, displayPercent, numeratorForRate, type RateMode, type StrictViolation } from "./rate-check.js";
import { div, isInteger, pow10, sub, toExactDecimal, toFixed, toRational, type NumberLike, type Rational } from "./rational.js";

/** A number as a short decimal string: exact when it has at most four decimals. */
export function numberText(x: NumberLike): string {
  const r = toRational(x);
  return toExactDecimal(r) ?? toFixed(r, 4);
}

/** A printed rate against k ÷ n. */
export interface RateArithmetic {
  /** The printed percent without the sign ("99.2"). */
  readonly printed: string;
  /** Printed decimals. */
  readonly decimals: number;
  readonly k: string;
  readonly n: string;
  /** k ÷ n in percent with one more decimal than printed ("98.33"); null when n = 0. */
  readonly computed: string | null;
  /** True when `computed` is exact at the printed precision, so no rounding needs explaining. */
  readonly exactAtPrinted: boolean;
  /** k ÷ n rounded half-up to the printed decimals ("98.3"); null when n = 0. */
  readonly expected: string | null;
  readonly mode: RateMode;
  readonly consistent: boolean;
  readonly strict: StrictViolation | null;
  /** A whole k that would give the printed rate with this n, when it differs from k. */
  readonly numeratorForPrinted: string | null;
  /** A whole n that would give the printed rate with this k, when it differs from n. */
  readonly denominatorForPrinted: string | null;
  /** A shorter spelling of the printed rate that agrees ("98" for a printed "98.00"). */
  readonly shorterForm: string | null;
}

function shorterForms(value: string): string[] {
  const out: string[] = [];
  let v = value;
  while (v.includes(".") && v.endsWith("0")) {
    v = v.slice(0, -1);
    if (v.endsWith(".")) v = v.slice(0, -1);
    out.push(v);
  }
  return out;
}

/** The arithmetic of a printed rate against k ÷ n (118 ÷ 120 = 98.33%, rounds to 98.3, 119 would give 99.2). */
export function rateArithmetic(
  rate: RateLike,
  kInput: NumberLike,
  nInput: NumberLike,
  options: { readonly corrections?: boolean } = {},
): RateArithmetic {
  const p = toPrintedPercent(rate);
  const check = checkRate(rate, kInput, nInput);
  const k = toRational(kInput);
  const n = toRational(nInput);
  const kText = numberText(k);
  const nText = numberText(n);
  // corrections: false leaves out what would make the rate agree (null each), for callers that
  // show the division only: each of those is a search of its own. A zero base has nothing to search.
  const divides = check.computed !== null;
  const searching = (options.corrections ?? true) && divides && !check.consistent;
  let numeratorForPrinted: string | null = null;
  let denominatorForPrinted: string | null = null;
  if (searching && isInteger(n)) {
    const kk = numeratorForRate(rate, n.num, k);
    if (kk !== null && !(isInteger(k) && kk === k.num)) numeratorForPrinted = kk.toString();
  }
  if (searching && isInteger(k) && k.num > 0n) {
    const nn = denominatorForRate(rate, k.num, n);
    if (nn !== null && !(isInteger(n) && nn === n.num)) denominatorForPrinted = nn.toString();
  }
  const shorterForm =
    searching && p.approx === "exact" ? (shorterForms(p.value).find((v) => checkRate(v, kInput, nInput).consistent) ?? null) : null;
  // One object written out whole: a spread of a partial result and seven more fields was most of
  // this function's own time.
  return {
    printed: p.value,
    decimals: p.d,
    k: kText,
    n: nText,
    mode: check.mode,
    consistent: check.consistent,
    strict: check.strictViolation ?? null,
    computed: divides ? displayPercent(kInput, nInput, p.d + 1) : null,
    exactAtPrinted: check.computed !== null && toExactDecimal(check.computed, p.d) !== null,
    expected: divides ? check.expected : null,
    numeratorForPrinted,
    denominatorForPrinted,
    shorterForm,
  };
}

/** A printed rate that no whole count of a given base can produce. */
export interface InfeasibleArithmetic {
  readonly printed: string;
  readonly n: string;
  readonly feasible: boolean;
  /** The nearest counts printing below and above the rate (14 ÷ 15 = 93.3%, 15 ÷ 15 = 100%). */
  readonly neighbours: readonly FeasibleNeighbour[];
}

/** Why no whole k ≤ n gives the printed rate: the two nearest rates that are possible. */
export function infeasibleArithmetic(rate: RateLike, n: NumberLike): InfeasibleArithmetic {
  const p = toPrintedPercent(rate);
  const g = grimCheck(rate, n);
  return {
    printed: p.value,
    n: numberText(n),
    feasible: g.feasible,
    neighbours: [g.below, g.above].filter((x): x is FeasibleNeighbour => x !== null),
  };
}

/** Parts against their whole, in the display unit of the finest printed value. */
export interface PartWholeArithmetic {
  /** Each part with its unit ("21件", "1650.5万元"). */
  readonly terms: readonly string[];
  /** Σ parts with the unit ("129件"). */
  readonly sum: string;
  /** The whole with the unit ("67件"). */
  readonly whole: string;
  /** |Σ − whole| with the unit, or null when they are equal. */
  readonly difference: string | null;
  /** Whether the parts add up to more or less than the whole. */
  readonly direction: "above" | "below" | "equal";
  /** The conventional range of a hedged whole ("3000余" → 3000 to 3999 份), for warnings. */
  readonly softRange: { readonly printed: string; readonly lo: string; readonly hi: string; readonly unit: string } | null;
  readonly result: PartWholeResult;
}

function inDisplay(value: Rational, displayExp: number): string {
  return numberText(div(value, pow10(displayExp)));
}

const SUFFIX_HEDGES = ["余", "多", "左右", "以上", "及以上", "以下", "以内"];

/** The whole as printed with its hedge word on the right side ("3000余", "约2300"). */
function hedged(input: PrintedInput, v: NormalizedValue): string {
  const fallback = { exact: "", more: "余", about: "约", nearly: "近", atLeast: "以上", below: "不足", atMost: "以下" }[v.approx];
  const word = "approxWord" in input && input.approxWord ? input.approxWord : fallback;
  return SUFFIX_HEDGES.includes(word) ? `${v.value}${word}` : `${word}${v.value}`;
}

function softRange(input: PrintedInput, v: NormalizedValue, soft: Interval): PartWholeArithmetic["softRange"] {
  if (soft.hi === null || v.approx === "exact") return null;
  const countLike = !v.rounded && v.exp >= 0;
  const hi = soft.hiOpen && countLike && isInteger(soft.hi) ? sub(soft.hi, { num: 1n, den: 1n }) : soft.hi;
  return { printed: hedged(input, v), lo: inDisplay(soft.lo, v.displayExp), hi: inDisplay(hi, v.displayExp), unit: v.displayUnit };
}

/** The arithmetic of parts against their whole (21件 + 27件 + 81件 = 129件, 62 件 more than 67件). */
export function partWholeArithmetic(input: PartWholeInput): PartWholeArithmetic {
  const result = checkPartWhole(input);
  const whole = normalizeValue(input.whole);
  const parts = input.parts.map(normalizeValue);
  const display = [whole, ...parts].reduce((a, b) => (b.displayExp < a.displayExp ? b : a), whole);
  const unit = display.displayUnit;
  const diff = result.difference;
  const direction = diff.num > 0n ? "above" : diff.num < 0n ? "below" : "equal";
  const absolute = diff.num < 0n ? { num: -diff.num, den: diff.den } : diff;
  return {
    terms: parts.map((p) => `${p.value}${p.displayUnit}`),
    sum: `${inDisplay(result.sum, display.displayExp)}${unit}`,
    whole: `${whole.value}${whole.displayUnit}`,
    difference: direction === "equal" ? null : `${inDisplay(absolute, display.displayExp)}${unit}`,
    direction,
    softRange: result.verdict === "warn" ? softRange(input.whole, whole, valueIntervals(input.whole).soft) : null,
    result,
  };
}

/** The percent as shown to one more decimal than printed ("98.33"), or null when n is zero. */
export function shownPercent(k: NumberLike, n: NumberLike, printedDecimals: number): string | null {
  const r = toRational(n);
  return r.num === 0n ? null : displayPercent(k, n, printedDecimals + 1);
}
