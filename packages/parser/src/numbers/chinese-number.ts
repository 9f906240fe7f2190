import { K_CN_BIG, K_CN_DIGIT, K_CN_PLACE, K_CN_ZERO, charKind, charValue } from "./char-class.js";

// Written for reports because the npm parsers are silently wrong on common inputs (nzh reads
// 两万三千 as 3000 and 二〇二四 as 224). Grammar (indicator-math.md §4.1):
//   number  := below-yi ('亿' below-yi?)?        below-yi := section ('万' section?)?
//   section := (d '千')? ('零'? d '百')? ('零'? d '十')? ('零'? d)?      decimal := number '点' d+
// Anything that cannot be read exactly gives null, never a guess.

/** Options for the Chinese number parser. */
export interface ChineseNumberOptions {
  /** Accept the colloquial trailing digit after a unit place: 一万二 = 12000, 三千五 = 3500 (as cn2an's smart mode). */
  readonly smart?: boolean;
}

/** An exactly read Chinese numeral. */
export interface ChineseNumber {
  /** The value as an ASCII decimal ("2068", "83.3"); for 百分之… it is the percent ("83.3"). */
  readonly value: string;
  /** Digits after 点 as printed (八十三点三 → 1). */
  readonly decimals: number;
  /** True for 百分之… */
  readonly percent: boolean;
}

/** A numeral found by scanChineseNumber, with its place in the text. */
export interface ChineseNumberMatch extends ChineseNumber {
  readonly start: number;
  /** Offset just after the last character read. */
  readonly end: number;
  /** "万" or "亿" when an integer ends in that unit (二十万, 三亿), so it can serve as a multiplier; else "". */
  readonly bigUnit: "" | "万" | "亿";
}

const T_END = 0;
const T_DOT = 7;
const DIAN = "点".charCodeAt(0);
const LIANG = new Set(["两".charCodeAt(0), "兩".charCodeAt(0)]);
const MAX_TOKENS = 48;

// Token buffers reused across calls: numerals are one code unit each, so token t sits at pos + t.
const tk = new Uint8Array(MAX_TOKENS + 2);
const tv = new Uint8Array(MAX_TOKENS + 2);
const tl = new Uint8Array(MAX_TOKENS + 2);

function tokenize(text: string, pos: number): number {
  let n = 0;
  while (n < MAX_TOKENS && pos + n < text.length) {
    const c = text.charCodeAt(pos + n);
    const k = charKind(c);
    if (k >= K_CN_DIGIT && k <= K_CN_BIG) {
      tk[n] = k;
      tv[n] = charValue(c);
      tl[n] = LIANG.has(c) ? 1 : 0;
    } else if (c === DIAN) {
      const nk = charKind(text.charCodeAt(pos + n + 1));
      if (nk !== K_CN_DIGIT && nk !== K_CN_ZERO) break;
      tk[n] = T_DOT;
    } else break;
    n++;
  }
  tk[n] = T_END;
  tk[n + 1] = T_END;
  return n;
}

function isNumeralToken(k: number): boolean {
  return k !== T_END;
}

// Result registers of readSection / readBelowYi (no allocation on the hot path).
let secVal = 0;
let secEnd = 0;
let secAny = false;

/**
 * Reads one section (< 10^4) from token t. `atStart`: first section of the whole number (a leading
 * 十 and a bare digit are allowed; 零 is not). `gapFree`: a 零 may stand before any place (after 亿).
 */
function readSection(t: number, atStart: boolean, gapFree: boolean, smart: boolean): void {
  let val = 0;
  let last = 4;
  let i = t;
  let any = false;
  for (;;) {
    let j = i;
    let zero = false;
    if (tk[j] === K_CN_ZERO && (any || !atStart)) {
      zero = true;
      j++;
    }
    const k = tk[j];
    if (k === K_CN_PLACE && tv[j] === 1 && !any && atStart && !zero) {
      val = 10;
      last = 1;
      any = true;
      i = j + 1;
      continue;
    }
    if (k !== K_CN_DIGIT) break;
    const d = tv[j]!;
    const liang = tl[j] === 1;
    const nk = tk[j + 1]!;
    if (nk === K_CN_PLACE) {
      const p = tv[j + 1]!;
      if (p >= last) break;
      // 零 must stand for a skipped place: 一千零五十, not 一千零五百.
      if (zero && !gapFree && p >= last - 1) break;
      if (liang && p === 1) break;
      val += d * 10 ** p;
      last = p;
      any = true;
      i = j + 2;
      continue;
    }
    if (zero || last === 1 || (!any && (atStart || nk === K_CN_BIG))) {
      if (zero && !gapFree && last <= 1) break;
      if (liang && any) break;
      val += d;
      any = true;
      i = j + 1;
      break;
    }
    // 三千五, 一万二: a final digit right after a unit place counts in the place below it.
    if (smart && last >= 2 && !isNumeralToken(nk)) {
      val += d * 10 ** (last - 1);
      any = true;
      i = j + 1;
    }
    break;
  }
  secVal = val;
  secEnd = i;
  secAny = any;
}

let byVal = 0;
let byEnd = 0;
let byAny = false;
let byBig = 0;

/** Reads a number below 10^8 (sections joined by 万) from token t. */
function readBelowYi(t: number, atStart: boolean, gapFree: boolean, smart: boolean): void {
  readSection(t, atStart, gapFree, smart);
  byAny = secAny;
  byVal = secVal;
  byEnd = secEnd;
  byBig = 0;
  if (!secAny) return;
  if (tk[byEnd] === K_CN_BIG && tv[byEnd] === 4 && byVal > 0) {
    const wanEnd = byEnd + 1;
    const high = byVal;
    readSection(wanEnd, false, false, smart);
    if (secAny) {
      byVal = high * 10000 + secVal;
      byEnd = secEnd;
    } else {
      byVal = high * 10000;
      byEnd = wanEnd;
      byBig = 4;
    }
  }
}

interface IntegerRead {
  hi: number;
  lo: number;
  end: number;
  big: number;
}

/** Reads the integer part from token 0; null when the tokens do not start a standard numeral. */
function readInteger(smart: boolean): IntegerRead | null {
  const k0 = tk[0];
  const k1 = tk[1]!;
  if (k0 === K_CN_ZERO) {
    // 零 alone or 零点五; 零一二 is a code.
    if (k1 === T_DOT || !isNumeralToken(k1)) return { hi: 0, lo: 0, end: 1, big: 0 };
    return null;
  }
  // Digit strings (二〇二四, 三五) are codes, years or ranges, not numerals.
  if (k0 === K_CN_DIGIT && (k1 === K_CN_DIGIT || k1 === K_CN_ZERO)) return null;
  readBelowYi(0, true, false, smart);
  if (!byAny) return null;
  let hi = 0;
  let lo = byVal;
  let end = byEnd;
  let big = byBig;
  if (tk[end] === K_CN_BIG && tv[end] === 8 && lo > 0) {
    hi = lo;
    const y = end + 1;
    if (tk[y] === K_CN_DIGIT && !isNumeralToken(tk[y + 1]!)) {
      // 一亿二: colloquial 1.2亿.
      if (smart) {
        lo = tv[y]! * 10 ** 7;
        end = y + 1;
        big = 0;
      } else {
        lo = 0;
        end = y;
        big = 8;
      }
    } else {
      readBelowYi(y, false, true, smart);
      if (byAny) {
        lo = byVal;
        end = byEnd;
        big = byBig;
      } else {
        lo = 0;
        end = y;
        big = 8;
      }
    }
  }
  return { hi, lo, end, big };
}

function integerString(hi: number, lo: number): string {
  return hi > 0 ? `${hi}${String(lo).padStart(8, "0")}` : String(lo);
}

const BAI_FEN_ZHI = "百分之";

function scanPlain(text: string, pos: number, smart: boolean): ChineseNumberMatch | null {
  tokenize(text, pos);
  const int = readInteger(smart);
  if (!int) return null;
  let end = int.end;
  let frac = "";
  if (int.big === 0 && tk[end] === T_DOT) {
    let f = end + 1;
    while ((tk[f] === K_CN_DIGIT && tl[f] === 0) || tk[f] === K_CN_ZERO) {
      frac += String(tv[f]);
      f++;
    }
    if (frac) end = f;
  }
  const whole = integerString(int.hi, int.lo);
  return {
    value: frac ? `${whole}.${frac}` : whole,
    decimals: frac.length,
    percent: false,
    start: pos,
    end: pos + end,
    bigUnit: int.big === 4 ? "万" : int.big === 8 ? "亿" : "",
  };
}

/**
 * Reads the longest Chinese numeral starting exactly at `pos` (百分之… included), or null when
 * none starts there. Digit strings such as 二〇二四 are codes or years and give null.
 */
export function scanChineseNumber(
  text: string,
  pos: number,
  options: ChineseNumberOptions = {},
): ChineseNumberMatch | null {
  const smart = options.smart ?? false;
  if (text.startsWith(BAI_FEN_ZHI, pos)) {
    const at = pos + BAI_FEN_ZHI.length;
    const inner = scanPlain(text, at, smart);
    if (inner && inner.bigUnit === "") {
      return { value: inner.value, decimals: inner.decimals, percent: true, start: pos, end: inner.end, bigUnit: "" };
    }
    // 百分之百: a bare 百 is not a numeral elsewhere.
    const c = text.charCodeAt(at);
    if (c === "百".charCodeAt(0) && !isNumeralChar(text.charCodeAt(at + 1))) {
      return { value: "100", decimals: 0, percent: true, start: pos, end: at + 1, bigUnit: "" };
    }
    return null;
  }
  return scanPlain(text, pos, smart);
}

function isNumeralChar(code: number): boolean {
  const k = charKind(code);
  return k >= K_CN_DIGIT && k <= K_CN_BIG;
}

/**
 * Parses a whole string as a Chinese numeral: 两千零六十八 → "2068", 八十三点三 → "83.3" (1 decimal),
 * 百分之八十三点三 → percent "83.3". Null for anything it cannot read exactly, including codes (二〇二四).
 */
export function parseChineseNumber(s: string, options: ChineseNumberOptions = {}): ChineseNumber | null {
  const match = scanChineseNumber(s, 0, options);
  if (!match || match.end !== s.length) return null;
  return { value: match.value, decimals: match.decimals, percent: match.percent };
}

/** Reads a digit-by-digit Chinese code or year (二〇二四 → "2024"); null if any character is not a digit. */
export function parseChineseDigits(s: string): string | null {
  if (s.length === 0) return null;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = charKind(c);
    if ((k !== K_CN_DIGIT && k !== K_CN_ZERO) || LIANG.has(c)) return null;
    out += String(charValue(c));
  }
  return out;
}
