/**
 * Exact rational numbers on BigInt. Every decision in this package is an integer inequality, so no
 * float ever decides whether a printed number is consistent ("98%" and "98.00%" must stay different).
 */

/** A reduced fraction with a positive denominator. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Anything that can be read as an exact rational: a Rational, an integer, or an ASCII decimal string. */
export type NumberLike = Rational | bigint | number | string;

/** How to drop digits when printing a rational with a fixed number of decimals. */
export type RoundingMode = "half-up" | "truncate" | "floor" | "ceil";

const DECIMAL_RE = /^([+-])?(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  // A temporary, not [x, y] = [y, x % y]: unoptimised code (a CLI run's first pass) builds an array per step.
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/** Builds a reduced rational num/den; throws on a zero denominator. */
export function rational(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = toBigIntStrict(num);
  let d = toBigIntStrict(den);
  if (d === 0n) throw new RangeError("Rational with a zero denominator");
  // Whole numbers (most printed counts, and their sums and products) are reduced already: no gcd.
  if (d === 1n) return { num: n, den: 1n };
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

function toBigIntStrict(x: bigint | number): bigint {
  if (typeof x === "bigint") return x;
  if (!Number.isSafeInteger(x)) throw new RangeError(`Not a safe integer: ${x}`);
  return BigInt(x);
}

// Powers of ten the printed numbers use (−20…20), built once: rationals are never mutated.
const POW10: readonly Rational[] = Array.from({ length: 41 }, (_, k) => (k >= 20 ? { num: 10n ** BigInt(k - 20), den: 1n } : { num: 1n, den: 10n ** BigInt(20 - k) }));

/** 10^exp as a rational (exp may be negative). */
export function pow10(exp: number): Rational {
  if (!Number.isInteger(exp)) throw new RangeError(`Not an integer exponent: ${exp}`);
  if (exp >= -20 && exp <= 20) return POW10[exp + 20]!;
  return exp >= 0 ? { num: 10n ** BigInt(exp), den: 1n } : { num: 1n, den: 10n ** BigInt(-exp) };
}

/** True for a plain ASCII decimal such as "71.3", "-2" or "0.05" (no exponent, no separators). */
export function isDecimalString(s: string): boolean {
  return DECIMAL_RE.test(s);
}

const PLUS = 0x2b;
const MINUS = 0x2d;
const POINT = 0x2e;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/**
 * Where the point of a plain ASCII decimal stands (its length when it has none), or -1 when `s` is
 * not one: DECIMAL_RE read by code, so a table cell or rate read per lint allocates no match.
 */
function pointOf(s: string): number {
  const length = s.length;
  let i = 0;
  if (length > 0 && (s.charCodeAt(0) === PLUS || s.charCodeAt(0) === MINUS)) i = 1;
  const whole = i;
  while (i < length && isDigitCode(s.charCodeAt(i))) i++;
  if (i === whole) return -1;
  if (i === length) return length;
  if (s.charCodeAt(i) !== POINT) return -1;
  const point = i++;
  while (i < length && isDigitCode(s.charCodeAt(i))) i++;
  return i === point + 1 || i !== length ? -1 : point;
}

const isDigitCode = (c: number) => c >= DIGIT_0 && c <= DIGIT_9;

/** Number of digits after the point in a printed decimal ("98.00" → 2, "98" → 0). */
export function decimalsOf(s: string): number {
  const point = pointOf(s);
  if (point < 0) throw new RangeError(`Not a decimal string: "${s}"`);
  return point === s.length ? 0 : s.length - point - 1;
}

// Up to this many digits a number holds the mantissa exactly (below 2^53): no string is built for it.
const SAFE_DIGITS = 15;

/** The digits of a printed decimal without the point, as an integer ("71.3" → 713n). */
export function mantissaOf(s: string): bigint {
  const point = pointOf(s);
  if (point < 0) throw new RangeError(`Not a decimal string: "${s}"`);
  const negative = s.charCodeAt(0) === MINUS;
  const start = negative || s.charCodeAt(0) === PLUS ? 1 : 0;
  const digitCount = s.length - start - (point === s.length ? 0 : 1);
  if (digitCount > SAFE_DIGITS) {
    const digits = BigInt(s.slice(start, point) + s.slice(point + 1));
    return negative ? -digits : digits;
  }
  let value = 0;
  for (let i = start; i < s.length; i++) if (i !== point) value = value * 10 + (s.charCodeAt(i) - DIGIT_0);
  return BigInt(negative ? -value : value);
}

/** Reads an ASCII decimal string exactly ("71.3" → 713/10). */
export function parseDecimal(s: string): Rational {
  return rational(mantissaOf(s), 10n ** BigInt(decimalsOf(s)));
}

/** Reads any NumberLike exactly; JavaScript numbers go through their shortest decimal spelling. */
export function toRational(x: NumberLike): Rational {
  if (typeof x === "bigint") return { num: x, den: 1n };
  if (typeof x === "string") return parseDecimal(x.trim());
  if (typeof x === "number") {
    if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
    if (Number.isSafeInteger(x)) return { num: BigInt(x), den: 1n };
    const spelled = String(x);
    // Tiny or huge floats print with an exponent; they never come from a report.
    if (!isDecimalString(spelled)) throw new RangeError(`Number needs an exponent to print: ${spelled}`);
    return parseDecimal(spelled);
  }
  return rational(x.num, x.den);
}

/** a + b. */
export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** a − b. */
export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

/** a × b. */
export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** a ÷ b; throws when b is zero. */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError("Division by zero");
  return rational(a.num * b.den, a.den * b.num);
}

/** −a. */
export function neg(a: Rational): Rational {
  return { num: -a.num, den: a.den };
}

/** Sum of a list (0 for an empty list). */
export function sum(values: readonly Rational[]): Rational {
  // A loop: reduce's site met lists of several element kinds and was deoptimized.
  let total: Rational = { num: 0n, den: 1n };
  for (let i = 0; i < values.length; i++) total = add(total, values[i]!);
  return total;
}

/** −1, 0 or 1 as a < b, a = b, a > b (cross-multiplication, denominators are positive). */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** a = b. */
export function eq(a: Rational, b: Rational): boolean {
  return compare(a, b) === 0;
}

/** a < b. */
export function lt(a: Rational, b: Rational): boolean {
  return compare(a, b) < 0;
}

/** a ≤ b. */
export function le(a: Rational, b: Rational): boolean {
  return compare(a, b) <= 0;
}

/** a > b. */
export function gt(a: Rational, b: Rational): boolean {
  return compare(a, b) > 0;
}

/** a ≥ b. */
export function ge(a: Rational, b: Rational): boolean {
  return compare(a, b) >= 0;
}

/** The smaller of a and b. */
export function min(a: Rational, b: Rational): Rational {
  return le(a, b) ? a : b;
}

/** The larger of a and b. */
export function max(a: Rational, b: Rational): Rational {
  return ge(a, b) ? a : b;
}

/** True when the rational is a whole number. */
export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

/** Largest integer ≤ a. */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** Smallest integer ≥ a. */
export function ceil(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
}

/** a × 10^exp. */
export function scale10(a: Rational, exp: number): Rational {
  return mul(a, pow10(exp));
}

/**
 * a × 10^decimals rounded to an integer by `mode`. "half-up" rounds halves away from zero
 * (四舍五入 on the magnitude); "truncate" drops digits toward zero.
 */
export function roundScaled(a: Rational, decimals: number, mode: RoundingMode = "half-up"): bigint {
  const scaled = scale10(a, decimals);
  switch (mode) {
    case "floor":
      return floor(scaled);
    case "ceil":
      return ceil(scaled);
    case "truncate":
      return scaled.num < 0n ? ceil(scaled) : floor(scaled);
    case "half-up": {
      const magnitude = floor(add(scaled.num < 0n ? neg(scaled) : scaled, { num: 1n, den: 2n }));
      return scaled.num < 0n ? -magnitude : magnitude;
    }
  }
}

/** Prints an integer that stands for int × 10^-decimals ("9833", 2 → "98.33"). */
export function formatScaled(int: bigint, decimals: number): string {
  const negative = int < 0n;
  const digits = (negative ? -int : int).toString();
  if (decimals <= 0) return (negative ? "-" : "") + digits + "0".repeat(-decimals);
  const padded = digits.padStart(decimals + 1, "0");
  const head = padded.slice(0, padded.length - decimals);
  const tail = padded.slice(padded.length - decimals);
  return `${negative ? "-" : ""}${head}.${tail}`;
}

/** Prints a rational with exactly `decimals` digits after the point (118/120 × 100, 2 → "98.33"). */
export function toFixed(a: Rational, decimals: number, mode: RoundingMode = "half-up"): string {
  const digits = Math.max(0, decimals);
  return formatScaled(roundScaled(a, digits, mode), digits);
}

/**
 * The exact decimal spelling when the rational terminates within `maxDecimals` digits, else null
 * (1/8 → "0.125", 1/3 → null). Trailing zeros are not printed.
 */
export function toExactDecimal(a: Rational, maxDecimals = 20): string | null {
  for (let d = 0; d <= maxDecimals; d++) {
    const scaled = scale10(a, d);
    if (isInteger(scaled)) return formatScaled(scaled.num, d);
  }
  return null;
}

/** A short, exact spelling for debugging and test names: "713/10", "5". */
export function ratToString(a: Rational): string {
  return a.den === 1n ? a.num.toString() : `${a.num}/${a.den}`;
}
