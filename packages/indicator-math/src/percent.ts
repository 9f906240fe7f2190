/**
 * A printed percentage as the integer R with d decimals ("83.3" → R = 833, d = 1), and the interval
 * of true percentages it can stand for. A printed rate is always a rounded value.
 */
import { BoundedMap } from "@reportlint/report-model";
import type { Approx, Rate } from "@reportlint/report-model";
import { intervalsFor } from "./printed.js";
import type { Interval } from "./interval.js";
import { decimalsOf, mantissaOf, pow10, mul, rational, type Rational } from "./rational.js";

/** A printed rate given by hand: `rate` is the percent as printed ("98.3", "98.3%"). */
export interface PercentInput {
  readonly rate: string;
  /**
   * Decimals to read the rate with, when the printed string lost trailing zeros ("98" printed as
   * "98.0" → 1). Defaults to the decimals of `rate`; may not be fewer.
   */
  readonly decimals?: number;
  readonly approx?: Approx;
}

/** Any form of printed rate: a string ("98.3" or "98.3%"), a PercentInput or a parser Rate. */
export type RateLike = string | PercentInput | Rate;

/** A printed percentage in normal form: value = R × 10^-d percent. */
export interface PrintedPercent {
  /** The printed number without % ("98.30"). */
  readonly value: string;
  readonly R: bigint;
  readonly d: number;
  readonly approx: Approx;
  /** The printed percent as an exact rational (98.3). */
  readonly percent: Rational;
}

function isParserRate(x: RateLike): x is Rate {
  return typeof x === "object" && "mantissa" in x && "kind" in x;
}

function stripPercent(s: string): string {
  return s.trim().replace(/[%％]$/u, "").trim();
}

/**
 * Reads any RateLike. Throws on a 个百分点 value (a difference of rates, never a rate) and on
 * a string that is not a plain decimal.
 */
export function toPrintedPercent(x: RateLike): PrintedPercent {
  // Shares summed and ratio terms are read from their strings: each string is read once.
  if (typeof x === "string") return readOnce(printedOfString, x, x);
  if (!isParserRate(x)) return readPrintedPercent(x);
  let known = printedOfRate.get(x);
  if (!known) {
    known = readRateOnce(x);
    printedOfRate.set(x, known);
  }
  return known;
}

/** A reading of a parser rate and the fields it was read from besides its value. */
interface RateReading {
  readonly kind: Rate["kind"];
  readonly approx: Approx;
  readonly decimals: number | undefined;
  readonly printed: PrintedPercent;
}

/**
 * A new parse of the same text (an edited report linted again) or the same rate printed twice: the
 * reading is kept by the fields it depends on too, not read again with BigInt work. Found by the
 * value's string and then the other fields compared (no key string joined and hashed per rate).
 */
function readRateOnce(x: Rate): PrintedPercent {
  let readings = printedByValue.get(x.value);
  if (readings) {
    for (const r of readings) if (r.kind === x.kind && r.approx === x.approx && r.decimals === x.decimals) return r.printed;
  } else {
    printedByValue.set(x.value, (readings = []));
  }
  const printed = readPrintedPercent(x);
  readings.push({ kind: x.kind, approx: x.approx, decimals: x.decimals, printed });
  return printed;
}

// A parser rate is read once, not by every check that asks about it (over 100%, GRIM, each pair):
// kept per object, like the quantities' intervals (the parser's output is never changed).
const printedOfRate = new WeakMap<Rate, PrintedPercent>();
const PRINTED_CACHE_MAX = 20_000;
const printedByValue = new BoundedMap<string, RateReading[]>(PRINTED_CACHE_MAX);
const printedOfString = new BoundedMap<string, PrintedPercent>(PRINTED_CACHE_MAX);

/** The reading of `x` kept in `cache` under `key` (emptied when full: the keys come from texts). */
function readOnce(cache: BoundedMap<string, PrintedPercent>, key: string, x: RateLike): PrintedPercent {
  let known = cache.get(key);
  if (!known) {
    cache.set(key, (known = readPrintedPercent(x)));
  }
  return known;
}

function readPrintedPercent(x: RateLike): PrintedPercent {
  let value: string;
  let approx: Approx = "exact";
  let decimals: number | undefined;
  if (typeof x === "string") {
    value = stripPercent(x);
  } else if (isParserRate(x)) {
    if (x.kind !== "percent") throw new RangeError(`"${x.raw}" is a difference in percentage points, not a rate`);
    value = x.value;
    approx = x.approx;
    decimals = x.decimals;
  } else {
    value = stripPercent(x.rate);
    approx = x.approx ?? "exact";
    decimals = x.decimals;
  }
  const printedDecimals = decimalsOf(value);
  let R = mantissaOf(value);
  if (R < 0n) throw new RangeError(`Negative rate: ${value}`);
  let d = printedDecimals;
  if (decimals !== undefined && decimals !== printedDecimals) {
    if (decimals < printedDecimals) {
      throw new RangeError(`Rate "${value}" has ${printedDecimals} decimals, more than the ${decimals} given`);
    }
    R *= 10n ** BigInt(decimals - printedDecimals);
    d = decimals;
  }
  return { value, R, d, approx, percent: mul(rational(R), pow10(-d)) };
}

/** Hard and soft intervals of the true percentage (in percent, so 98.3 ↔ [98.25, 98.35]). */
export function rateIntervals(x: RateLike): { hard: Interval; soft: Interval; percent: Rational } {
  const p = toPrintedPercent(x);
  const iv = printedIntervals(p);
  return { hard: iv.hard, soft: iv.soft, percent: p.percent };
}

/** Hard and soft intervals of a rate already read (for the package's checks; not exported from it). */
export function printedIntervals(p: PrintedPercent): { hard: Interval; soft: Interval } {
  // Kept with the reading (shared by every rate printed alike): each checked pair asks again.
  let known = intervalsOfPrinted.get(p);
  if (!known) intervalsOfPrinted.set(p, (known = intervalsFor(p.R, -p.d, true, p.approx)));
  return known;
}

const intervalsOfPrinted = new WeakMap<PrintedPercent, { hard: Interval; soft: Interval }>();

/** True when the printed rate is above 100% (impossible for a count-based proportion). */
export function isAboveHundred(x: RateLike): boolean {
  const p = toPrintedPercent(x);
  return p.R > 100n * 10n ** BigInt(p.d);
}

/** True when the printed rate is exactly 100 (any number of zeros after the point). */
export function isHundred(x: RateLike): boolean {
  const p = toPrintedPercent(x);
  return p.R === 100n * 10n ** BigInt(p.d);
}

/** True when the printed rate is exactly 0. */
export function isZeroRate(x: RateLike): boolean {
  return toPrintedPercent(x).R === 0n;
}
