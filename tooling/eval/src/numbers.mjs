// @ts-check
// Printed numbers as the harness sees them: the digits exactly as printed, the value they stand for
// as an exact scaled integer, and how to write a changed value back in the same style. Deliberately
// independent of @reportlint/indicator-math: the instrument must not share code with what it measures.

/**
 * A printed number: `value = mantissa × 10^exp` (exp = scaleExp − decimals), in base units
 * (万/亿 multipliers applied), with what is needed to print a changed value the same way.
 * @typedef {object} Printed
 * @property {string} text the numeric characters as printed ("7,878,562", "29.3", "八")
 * @property {bigint} mantissa digits without point or separators (293n for "29.3")
 * @property {number} decimals digits printed after the point (1 for "29.3")
 * @property {number} scaleExp power of ten of a multiplier printed after it (4 for 万, 8 for 亿)
 * @property {boolean} commas printed with thousands separators
 * @property {boolean} fullWidth printed with full-width digits
 * @property {boolean} chinese printed in Chinese numerals (only whole numbers below 10,000)
 */

const FULL_DIGITS = "０１２３４５６７８９";
const CN_DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS = { 十: 10, 百: 100, 千: 1000 };
const CN_OUT = "零一二三四五六七八九";

/** Arabic number (ASCII or full-width digits, separators, one decimal point) or a Chinese numeral run. */
export const NUMBER_RE = /[0-9０-９](?:[0-9０-９]|[,，](?=[0-9０-９]{3})|[.．](?=[0-9０-９]))*|[零〇一二两三四五六七八九十百千]+/u;

/** Multipliers that may follow a number before its unit (余/多 may sit on either side). */
const MULTIPLIERS = /^\s*[余多]?(万亿|千万|百万|万|萬|亿|億)/u;
const MULTIPLIER_EXP = { 万: 4, 萬: 4, 亿: 8, 億: 8, 千万: 7, 百万: 6, 万亿: 12 };

/** @param {string} s */
function toAscii(s) {
  return s.replace(/[０-９]/gu, (c) => String(FULL_DIGITS.indexOf(c))).replace(/[，,]/gu, "").replace(/．/gu, ".");
}

/**
 * Value of a Chinese numeral below 10,000 (十二, 一百零五, 两千), or null.
 * @param {string} s
 */
export function parseChinese(s) {
  let total = 0;
  let digit = -1;
  for (const c of s) {
    if (c in CN_DIGITS) {
      digit = CN_DIGITS[/** @type {keyof typeof CN_DIGITS} */ (c)];
    } else if (c in CN_UNITS) {
      const unit = CN_UNITS[/** @type {keyof typeof CN_UNITS} */ (c)];
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else {
      return null;
    }
  }
  if (digit > 0) total += digit;
  return total;
}

/**
 * A whole number below 10,000 in Chinese numerals (12 → 十二, 105 → 一百零五).
 * @param {number} n
 */
export function formatChinese(n) {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n === 0) return "零";
  const places = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ];
  let out = "";
  let rest = n;
  let zero = false;
  for (const [value, name] of places) {
    const d = Math.floor(rest / /** @type {number} */ (value));
    rest %= /** @type {number} */ (value);
    if (d > 0) {
      if (zero) out += "零";
      out += value === 10 && d === 1 && out === "" ? "" : CN_OUT[d];
      out += name;
      zero = false;
    } else if (out !== "") {
      zero = true;
    }
  }
  if (rest > 0) out += (zero ? "零" : "") + CN_OUT[rest];
  return out;
}

/**
 * Reads the first number in `raw` (a printed quantity such as "29.3万件", "2.8 %", "八大类").
 * @param {string} raw
 * @returns {{ printed: Printed, offset: number } | null} offset of the numeric characters in raw
 */
export function readPrinted(raw) {
  const m = NUMBER_RE.exec(raw);
  if (!m) return null;
  const text = m[0];
  const after = raw.slice(m.index + text.length);
  const mult = MULTIPLIERS.exec(after);
  const scaleExp = mult ? MULTIPLIER_EXP[/** @type {keyof typeof MULTIPLIER_EXP} */ (mult[1])] : 0;
  if (/^[0-9０-９]/u.test(text)) {
    const ascii = toAscii(text);
    const [int = "", frac = ""] = ascii.split(".");
    // A minus sign printed right before the digits (table cells such as "-26.3").
    const negative = /[-−－]/u.test(raw[m.index - 1] ?? "");
    const mantissa = BigInt(int + frac);
    return {
      offset: m.index,
      printed: {
        text,
        mantissa: negative ? -mantissa : mantissa,
        decimals: frac.length,
        scaleExp,
        commas: /[,，]/u.test(text),
        fullWidth: /[０-９]/u.test(text),
        chinese: false,
      },
    };
  }
  const value = parseChinese(text);
  if (value === null) return null;
  return {
    offset: m.index,
    printed: { text, mantissa: BigInt(value), decimals: 0, scaleExp, commas: false, fullWidth: false, chinese: true },
  };
}

/**
 * Prints `mantissa` (at the same decimals as `like`) in the style of `like`.
 * @param {bigint} mantissa
 * @param {Printed} like
 */
export function formatLike(mantissa, like) {
  if (mantissa < 0n) throw new RangeError("negative value");
  if (like.chinese) return formatChinese(Number(mantissa));
  let digits = mantissa.toString();
  let int = digits;
  let frac = "";
  if (like.decimals > 0) {
    digits = digits.padStart(like.decimals + 1, "0");
    int = digits.slice(0, -like.decimals);
    frac = digits.slice(-like.decimals);
  }
  if (like.commas) int = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  let out = frac ? `${int}.${frac}` : int;
  if (like.fullWidth) out = out.replace(/\d/gu, (d) => FULL_DIGITS[Number(d)] ?? d);
  return out;
}

/** Exponent of the last printed digit, in base units. @param {Printed} p */
export function unitExp(p) {
  return p.scaleExp - p.decimals;
}

/** The printed value as a decimal string in base units ("293000" for 29.3万). @param {Printed} p */
export function valueString(p) {
  const e = unitExp(p);
  if (e >= 0) return (p.mantissa * 10n ** BigInt(e)).toString();
  const s = p.mantissa.toString().padStart(-e + 1, "0");
  return `${s.slice(0, e)}.${s.slice(e)}`.replace(/\.?0+$/u, "");
}

/**
 * A decimal string ("293000", "4.59", "-8.7") as mantissa × 10^exp.
 * @param {string} s
 */
export function parseDecimal(s) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/u.exec(s.trim());
  if (!m) throw new Error(`not a decimal number: "${s}"`);
  const frac = m[3] ?? "";
  const mant = BigInt((m[2] ?? "") + frac);
  return { mantissa: m[1] ? -mant : mant, exp: -frac.length };
}

/**
 * `mantissa × 10^exp` written at exponent `to` (to ≤ exp), as a bigint.
 * @param {bigint} mantissa @param {number} exp @param {number} to
 */
export function rescale(mantissa, exp, to) {
  if (to > exp) throw new RangeError(`cannot rescale 10^${exp} to 10^${to} without loss`);
  return mantissa * 10n ** BigInt(exp - to);
}

/**
 * Sign of a/b − c/d for positive b, d.
 * @param {bigint} a @param {bigint} b @param {bigint} c @param {bigint} d
 */
export function cmpFrac(a, b, c, d) {
  const x = a * d - c * b;
  return x > 0n ? 1 : x < 0n ? -1 : 0;
}

/**
 * An exact non-negative-denominator fraction.
 * @typedef {{ n: bigint, d: bigint }} Rat
 */

/** @param {bigint} n @param {bigint} [d] @returns {Rat} */
export function rat(n, d = 1n) {
  if (d === 0n) throw new RangeError("zero denominator");
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/** @param {Rat} a @param {Rat} b @returns {Rat} */
export function radd(a, b) {
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** @param {Rat} a @param {Rat} b @returns {Rat} */
export function rsub(a, b) {
  return rat(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** @param {Rat} a @param {Rat} b @returns {Rat} */
export function rmul(a, b) {
  return rat(a.n * b.n, a.d * b.d);
}

/** @param {Rat} a @param {Rat} b @returns {Rat} */
export function rdiv(a, b) {
  return rat(a.n * b.d, a.d * b.n);
}

/** Sign of a − b. @param {Rat} a @param {Rat} b */
export function rcmp(a, b) {
  return cmpFrac(a.n, a.d, b.n, b.d);
}

/** 10^e as a fraction (e may be negative). @param {number} e @returns {Rat} */
export function pow10(e) {
  return e >= 0 ? rat(10n ** BigInt(e)) : rat(1n, 10n ** BigInt(-e));
}

/** A decimal string as a fraction. @param {string} s */
export function ratOf(s) {
  const { mantissa, exp } = parseDecimal(s);
  return rmul(rat(mantissa), pow10(exp));
}

/** The printed value in base units. @param {Printed} p */
export function ratOfPrinted(p) {
  return rmul(rat(p.mantissa), pow10(unitExp(p)));
}

/** A short decimal rendering of a fraction, for messages (up to `digits` decimals). @param {Rat} r @param {number} [digits] */
export function ratToString(r, digits = 4) {
  const neg = r.n < 0n;
  const n = neg ? -r.n : r.n;
  const scale = 10n ** BigInt(digits);
  const q = (n * scale * 2n + r.d) / (2n * r.d);
  let s = q.toString().padStart(digits + 1, "0");
  s = digits > 0 ? `${s.slice(0, -digits)}.${s.slice(-digits)}`.replace(/\.?0+$/u, "") : s;
  return (neg ? "-" : "") + s;
}
