/**
 * A printed number → the interval of true values it can stand for (§4.1 approximation table).
 * "Hard" bounds are certain and may justify an ERROR; "soft" bounds are the conventional reading
 * of a hedge word (3000余 → 3000 to 3999) and justify at most a WARN.
 */
import type { Approx, Quantity } from "@reportlint/report-model";
import { atLeastInterval, interval, point, unbounded, type Interval } from "./interval.js";
import { decimalsOf, mantissaOf, mul, pow10, rational, sub, add, type Rational } from "./rational.js";
import { resolveUnit } from "./units.js";

/** A printed value given by hand, for callers that have their own numbers rather than parser output. */
export interface PlainValue {
  /** The number as printed in its printed unit, an ASCII decimal ("71.3" for 71.3余万元). */
  readonly value: string;
  readonly approx?: Approx;
  /** Power of ten of a multiplier written before the unit (万 → 4); defaults to the one in `unit`. */
  readonly multiplierExp?: number;
  /** Power of ten of the measure word in its base unit; defaults to the unit table's. */
  readonly unitScaleExp?: number;
  /** Measure word or unit id, optionally with its multiplier ("件", "万元"). */
  readonly unit?: string;
  /** The class of an ambiguous 个 ("organisation", "item"…). */
  readonly unitClass?: string | null;
  /** What the value counts ("线上调解"), used by messages only. */
  readonly label?: string;
}

/** A parser Quantity, optionally with the class of an ambiguous 个 and a label for messages. */
export type QuantityInput = Quantity & { readonly unitClass?: string | null; readonly label?: string };

/** Either form of a printed value. */
export type PrintedInput = QuantityInput | PlainValue;

/** A printed value in one normal form: value in base unit = digits × 10^exp. */
export interface NormalizedValue {
  /** The printed number ("71.3"). */
  readonly value: string;
  readonly digits: bigint;
  readonly exp: number;
  /** Printed decimals in the printed unit. */
  readonly decimals: number;
  /** True when the printed value is itself rounded (decimals, or a 万/亿 multiplier). */
  readonly rounded: boolean;
  readonly approx: Approx;
  /** Unit id (件, 元…) or null when not given. */
  readonly unit: string | null;
  readonly dimension: string | null;
  readonly unitClass: string | null;
  /** The unit as it should be shown after the number ("万元", "件"), or "". */
  readonly displayUnit: string;
  /** Power of ten from the display unit to the base unit (万元 → 4). */
  readonly displayExp: number;
  readonly label: string | null;
}

/** The exact value and both intervals of a printed value, in the base unit of its dimension. */
export interface ValueIntervals {
  /** The printed value X itself. */
  readonly point: Rational;
  readonly hard: Interval;
  readonly soft: Interval;
  /** One unit of the last printed digit (10^-d in the printed unit). */
  readonly precision: Rational;
  /** u: one unit of the last nonzero digit (3000 → 1000; 71.3万 → 0.1万). */
  readonly lastDigitUnit: Rational;
}

/** True when the input is a parser Quantity rather than a PlainValue. */
export function isQuantity(x: PrintedInput): x is QuantityInput {
  return "mantissa" in x && "scaleExp" in x;
}

/** Brings a Quantity or a PlainValue to one normal form. */
export function normalizeValue(input: PrintedInput): NormalizedValue {
  if (isQuantity(input)) {
    const digits = BigInt(input.mantissa);
    if (digits < 0n) throw new RangeError(`Negative quantity: ${input.raw}`);
    const printedExp = input.scaleExp + input.decimals;
    return {
      value: input.value,
      digits,
      exp: input.scaleExp,
      decimals: input.decimals,
      rounded: input.decimals > 0 || input.multiplier !== "" || printedExp > 0,
      approx: input.approx,
      unit: input.unit || null,
      dimension: input.dimension || null,
      unitClass: input.unitClass ?? null,
      displayUnit: input.multiplier + input.unitText,
      displayExp: printedExp,
      label: input.label ?? null,
    };
  }
  const resolved = input.unit ? resolveUnit(input.unit) : null;
  const multiplierExp = input.multiplierExp ?? resolved?.multiplierExp ?? 0;
  const unitScaleExp = input.unitScaleExp ?? resolved?.unitScaleExp ?? 0;
  const digits = mantissaOf(input.value.trim());
  if (digits < 0n) throw new RangeError(`Negative value: ${input.value}`);
  const decimals = decimalsOf(input.value.trim());
  const printedExp = multiplierExp + unitScaleExp;
  return {
    value: input.value.trim(),
    digits,
    exp: printedExp - decimals,
    decimals,
    rounded: decimals > 0 || printedExp > 0,
    approx: input.approx ?? "exact",
    unit: resolved?.id ?? (input.unit || null),
    dimension: resolved?.dimension ?? null,
    unitClass: input.unitClass ?? null,
    displayUnit: input.unit ?? "",
    displayExp: printedExp,
    label: input.label ?? null,
  };
}

function trailingZeros(digits: bigint): number {
  if (digits === 0n) return 0;
  let z = 0;
  let d = digits;
  while (d % 10n === 0n) {
    d /= 10n;
    z++;
  }
  return z;
}

const HALF = rational(1n, 2n);

/** [x − half, x + half], its low end clamped at zero. */
function roundingBand(x: Rational, half: Rational, zero: Rational): Interval {
  const lo = sub(x, half);
  return interval(lo.num < 0n ? zero : lo, add(x, half));
}

/**
 * Intervals for value = digits × 10^exp under a hedge word. Shared by counts, amounts and
 * percentages; `rounded` says whether the exact form already carries a rounding interval.
 */
export function intervalsFor(digits: bigint, exp: number, rounded: boolean, approx: Approx): ValueIntervals {
  // Printed in its base unit (most counts): the digits are the value, no product to reduce.
  const x = exp === 0 ? { num: digits, den: 1n } : mul(rational(digits), pow10(exp));
  const precision = pow10(exp);
  const u = pow10(exp + trailingZeros(digits));
  const zero = rational(0n);
  const clampLo = (r: Rational): Rational => (r.num < 0n ? zero : r);
  const roundedBand = rounded ? roundingBand(x, mul(precision, HALF), zero) : point(x);
  let hard: Interval;
  let soft: Interval;
  switch (approx) {
    case "exact":
      hard = soft = roundedBand;
      break;
    case "more":
      hard = atLeastInterval(x, true);
      soft = interval(x, add(x, u), { loOpen: true, hiOpen: true });
      break;
    case "about":
      hard = unbounded();
      soft = interval(clampLo(sub(x, u)), add(x, u));
      break;
    case "nearly":
      hard = interval(zero, x);
      soft = interval(clampLo(sub(x, u)), x);
      break;
    case "atLeast":
      hard = soft = atLeastInterval(roundedBand.lo);
      break;
    case "below":
      hard = soft = interval(zero, x, { hiOpen: true });
      break;
    case "atMost":
      // A rounded bound keeps its rounding slack, like 以上 (and the rate rule S·k ≤ (2R+1)·n).
      hard = soft = interval(zero, roundedBand.hi ?? x);
      break;
  }
  return { point: x, hard, soft, precision, lastDigitUnit: u };
}

// A report's quantities are read once and asked about many times (every pair a rate is tried with):
// their intervals are kept per object. Inputs are treated as immutable, like the parser's output.
const intervalCache = new WeakMap<object, ValueIntervals>();

/**
 * The exact value and hard/soft intervals of a printed value, uncached: for callers that keep them
 * themselves (the number rules' facts hold one per quantity, cheaper than a WeakMap lookup per use).
 */
export function computeValueIntervals(input: PrintedInput): ValueIntervals {
  const v = normalizeValue(input);
  return intervalsFor(v.digits, v.exp, v.rounded, v.approx);
}

/** The exact value and hard/soft intervals of a printed value, in its base unit (元, 件…). */
export function valueIntervals(input: PrintedInput): ValueIntervals {
  const cached = typeof input === "object" ? intervalCache.get(input) : undefined;
  if (cached) return cached;
  const out = computeValueIntervals(input);
  if (typeof input === "object") intervalCache.set(input, out);
  return out;
}

/** The certain bounds of a printed value (used for ERROR). */
export function hardInterval(input: PrintedInput): Interval {
  return valueIntervals(input).hard;
}

/** The conventional bounds of a printed value (used for WARN only). */
export function softInterval(input: PrintedInput): Interval {
  return valueIntervals(input).soft;
}

/** The printed value in its base unit, ignoring any hedge word (71.3余万元 → 713000). */
export function pointValue(input: PrintedInput): Rational {
  return valueIntervals(input).point;
}

/** u: one unit of the last nonzero digit, in the base unit (3000 → 1000; 2300万 → 1000000). */
export function lastNonzeroDigitUnit(input: PrintedInput): Rational {
  return valueIntervals(input).lastDigitUnit;
}

/**
 * The value as a whole-number count when it is certain: no hedge word, no decimals, no multiplier.
 * Null otherwise. Rates and GRIM need exactly this.
 */
export function exactCount(input: PrintedInput): bigint | null {
  const v = normalizeValue(input);
  if (v.approx !== "exact" || v.rounded || v.exp < 0) return null;
  return v.digits * 10n ** BigInt(v.exp);
}
