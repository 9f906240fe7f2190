import { MULTIPLIERS, UNITS, type Approx, type UnitInfo } from "@reportlint/report-model";
import {
  charValue,
  isArabicDigit,
  isChineseNumeral,
  skipSpacesBackward,
  skipSpacesForward,
} from "./char-class.js";
import { scanChineseNumber } from "./chinese-number.js";
import { APPROX_AFTER, APPROX_BEFORE, APPROX_BEFORE_NOT_AFTER, APPROX_INNER, UNIT_NOT_BEFORE } from "./lexicon.js";

/** What follows a printed number. */
export type ReadingKind = "count" | "percent" | "percent-points" | "none";

/** A number read at one position, with what follows it up to its unit (no hedge words around it). */
export interface NumberReading {
  numeral: "arabic" | "chinese";
  numStart: number;
  /** End of the digits or numeral, before any 余/多, multiplier or unit. */
  numEnd: number;
  /** The number in its printed unit as an ASCII decimal ("71.3" for 71.3余万元). */
  value: string;
  /** value's digits without the point and without leading zeros ("713"). */
  mantissa: string;
  decimals: number;
  /** 万, 亿, 千万… written between number and unit, or "". */
  multiplier: string;
  multiplierExp: number;
  /** 余 or 多 between number and unit, or "". */
  inner: string;
  kind: ReadingKind;
  /** The measure word as printed ("个工作日"), "" unless kind is count. */
  unitText: string;
  unit: UnitInfo | null;
  /** End of the unit, %, 个百分点, or of the last part read. */
  end: number;
  /** Set when the number cannot stand alone: 1.2.3, 十四五, 3千5. */
  broken: boolean;
}

const PERCENT = new Set(["%".charCodeAt(0), "％".charCodeAt(0)]);
const POINTS = ["个百分点", "百分点"];
// The characters POINTS start with: most numbers are followed by neither, and skip both startsWith.
const POINTS_FIRST = new Set(POINTS.map((p) => p.charCodeAt(0)));
const MULTIPLIER_LIST = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length);
const MULTIPLIER_FIRST = new Set(MULTIPLIER_LIST.map((m) => m.charCodeAt(0)));
const UNIT_MAP = new Map(Object.entries(UNITS));
const UNIT_FIRST = new Set([...UNIT_MAP.keys()].map((u) => u.charCodeAt(0)));
// The lengths of the measure words starting with each character, longest first: only those are cut
// from the text (most start a single one-character word).
const UNIT_LENGTHS = new Map<number, number[]>();
for (const u of UNIT_MAP.keys()) {
  const lengths = UNIT_LENGTHS.get(u.charCodeAt(0)) ?? [];
  if (!lengths.includes(u.length)) lengths.push(u.length);
  UNIT_LENGTHS.set(u.charCodeAt(0), lengths.sort((a, b) => b - a));
}
const DOTS = new Set([".".charCodeAt(0), "．".charCodeAt(0)]);
const GROUP_SEPARATORS = new Set([",".charCodeAt(0), "，".charCodeAt(0)]);

function byLengthDesc<T extends readonly [string, ...unknown[]]>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b[0].length - a[0].length);
}

const BEFORE = byLengthDesc(APPROX_BEFORE);
const AFTER = byLengthDesc(APPROX_AFTER);

/** The hedge words by one of their characters (code unit at `at` of each word), in the list's order. */
function indexBy(list: readonly (readonly [string, Approx])[], at: (word: string) => number): Map<number, (readonly [string, Approx])[]> {
  const index = new Map<number, (readonly [string, Approx])[]>();
  for (const entry of list) {
    const c = entry[0].charCodeAt(at(entry[0]));
    const words = index.get(c);
    if (words) words.push(entry);
    else index.set(c, [entry]);
  }
  return index;
}

// Only the words ending in the character before a number (beginning with the one after it) can
// stand there: one look-up instead of a startsWith per word, for every number.
const BEFORE_BY_LAST = indexBy(BEFORE, (w) => w.length - 1);
const AFTER_BY_FIRST = indexBy(AFTER, () => 0);

function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}

// The one-character measure words by code unit: text[pos] made a new string (and hashed it) per number.
const SINGLE_UNITS = new Map<number, string>();
for (const u of UNIT_MAP.keys()) if (u.length === 1) SINGLE_UNITS.set(u.charCodeAt(0), u);

/** The measure word at `pos` (longest first: 人次 before 人), unless it begins another word (部门). */
function unitAt(text: string, pos: number): string {
  const lengths = UNIT_LENGTHS.get(text.charCodeAt(pos));
  if (lengths === undefined) return "";
  for (const len of lengths) {
    if (len > text.length - pos) continue;
    // Length 1 is listed only for a character that is a measure word itself.
    const word = len === 1 ? SINGLE_UNITS.get(text.charCodeAt(pos))! : text.slice(pos, pos + len);
    if (UNIT_MAP.has(word)) {
      const blocked = UNIT_NOT_BEFORE[word];
      if (blocked && pos + len < text.length && blocked.includes(text[pos + len]!)) return "";
      return word;
    }
  }
  return "";
}

const FOLLOW_FIRST = new Set([
  ...UNIT_FIRST,
  ...MULTIPLIER_FIRST,
  ...[...APPROX_INNER, "%", "％", "个", "百"].map((c) => c.charCodeAt(0)),
]);

/** False when nothing that makes a number a quantity or rate can start at `pos` (a cheap first test). */
export function mayFollowNumber(text: string, pos: number): boolean {
  return FOLLOW_FIRST.has(text.charCodeAt(pos));
}

/** The first of the words that starts at `pos` (a loop: a `find` callback is a closure per number). */
function wordAt(words: readonly string[], text: string, pos: number): string | undefined {
  for (const w of words) if (text.startsWith(w, pos)) return w;
  return undefined;
}

// By code unit, as isInner asks for every number (a one-character string each time otherwise).
const INNER_CODES = new Set([...APPROX_INNER].map((c) => c.charCodeAt(0)));

function isInner(text: string, pos: number): boolean {
  return pos < text.length && INNER_CODES.has(text.charCodeAt(pos));
}

/** Reads 余/多, a multiplier, and then %, 个百分点 or a unit after a number ending at `i`. */
function readTail(text: string, i: number, r: NumberReading): NumberReading {
  let end = i;
  let j = skipSpacesForward(text, i);
  if (isInner(text, j)) {
    r.inner = text[j]!;
    end = j + 1;
    j = skipSpacesForward(text, end);
  }
  // A measure word that starts like a multiplier (千克, 千米, 千瓦时) is the measure word.
  const unitFirst = !r.multiplier && MULTIPLIER_FIRST.has(text.charCodeAt(j)) ? unitAt(text, j) : null;
  if (unitFirst) {
    const unit = unitFirst;
    r.kind = "count";
    r.unitText = unit;
    r.unit = UNIT_MAP.get(unit)!;
    r.end = j + unit.length;
    return r;
  }
  if (!r.multiplier) {
    const m = MULTIPLIER_FIRST.has(text.charCodeAt(j)) ? wordAt(MULTIPLIER_LIST, text, j) : undefined;
    if (m) {
      r.multiplier = m;
      r.multiplierExp = MULTIPLIERS[m]!;
      end = j + m.length;
      j = skipSpacesForward(text, end);
      if (!r.inner && isInner(text, j)) {
        r.inner = text[j]!;
        end = j + 1;
        j = skipSpacesForward(text, end);
      }
    }
  }
  const next = text.charCodeAt(j);
  if (isArabicDigit(next) || (isChineseNumeral(next) && !text.startsWith("百分点", j))) {
    r.broken = true;
    r.end = end;
    return r;
  }
  if (!r.multiplier && !r.inner && PERCENT.has(next)) {
    r.kind = "percent";
    r.end = j + 1;
    return r;
  }
  if (!r.multiplier && !r.inner && POINTS_FIRST.has(next)) {
    const points = wordAt(POINTS, text, j);
    if (points) {
      r.kind = "percent-points";
      r.end = j + points.length;
      return r;
    }
  }
  const unit = unitAt(text, j);
  if (unit) {
    r.kind = "count";
    r.unitText = unit;
    r.unit = UNIT_MAP.get(unit)!;
    r.end = j + unit.length;
    return r;
  }
  r.end = end;
  if (r.numeral === "arabic" && !r.multiplier && !r.inner) bareNumberUnit(text, j, r);
  return r;
}

// Count nouns a bare number may follow with its link word: 参与人次达115250, 受理件数为12.
const UNIT_BEFORE = /(人次|件次|户次|批次)(?:达到|达|为|共计|共)$|(人|件|户)数(?:达到|达|为|共计|共)$/u;

/**
 * A bare Arabic number that is still a count: hard-wrapped text puts its unit at the start of the
 * next line (其中原创文章 294⏎篇), or the words before name what it counts (参与人次达115250，…).
 * The number must share its line with words before it, so a table cell alone on its line is not
 * read with the next cell.
 */
function bareNumberUnit(text: string, j: number, r: NumberReading): void {
  let lineStart = r.numStart;
  while (lineStart > 0 && text[lineStart - 1] !== "\n" && r.numStart - lineStart < 200) lineStart--;
  if (!/[\p{Script=Han}]/u.test(text.slice(lineStart, r.numStart))) return;
  let next = j;
  if (text[next] === "\r") next++;
  if (text[next] === "\n") {
    const unit = unitAt(text, skipSpacesForward(text, next + 1));
    const after = skipSpacesForward(text, next + 1) + unit.length;
    if (unit && (after >= text.length || !/[\p{Script=Han}]/u.test(text[after]!) || /[，,。；;、）)]/u.test(text[after]!))) {
      r.kind = "count";
      r.unitText = unit;
      r.unit = UNIT_MAP.get(unit)!;
      r.end = after;
    }
    return;
  }
  if (next < text.length && !/[，,。；;、）)\s]/u.test(text[next]!)) return;
  const named = UNIT_BEFORE.exec(text.slice(Math.max(lineStart, r.numStart - 6), r.numStart));
  const word = named?.[1] ?? named?.[2];
  if (!word || !UNIT_MAP.has(word)) return;
  r.kind = "count";
  r.unitText = word;
  r.unit = UNIT_MAP.get(word)!;
}

function blank(numeral: "arabic" | "chinese", start: number): NumberReading {
  return {
    numeral,
    numStart: start,
    numEnd: start,
    value: "",
    mantissa: "",
    decimals: 0,
    multiplier: "",
    multiplierExp: 0,
    inner: "",
    kind: "none",
    unitText: "",
    unit: null,
    end: start,
    broken: false,
  };
}

/** The digits of text[from, to) in ASCII: a slice when they already are (building 1M digits one by one was mostly garbage collection). */
function digitsOf(text: string, from: number, to: number): string {
  let ascii = true;
  for (let k = from; k < to && ascii; k++) ascii = text.charCodeAt(k) <= 57;
  if (ascii) return text.slice(from, to);
  let out = "";
  for (let k = from; k < to; k++) out += String(charValue(text.charCodeAt(k)));
  return out;
}

/** Reads an Arabic number (full-width digits, 1,250 groups, ． points) and what follows it. */
export function readArabic(text: string, pos: number): NumberReading {
  const r = blank("arabic", pos);
  let i = pos;
  while (i < text.length && isArabicDigit(text.charCodeAt(i))) i++;
  let int = digitsOf(text, pos, i);
  if (int.length <= 3) {
    // 1,250: groups of exactly three digits after a short first group.
    while (
      GROUP_SEPARATORS.has(text.charCodeAt(i)) &&
      isArabicDigit(text.charCodeAt(i + 1)) &&
      isArabicDigit(text.charCodeAt(i + 2)) &&
      isArabicDigit(text.charCodeAt(i + 3)) &&
      !isArabicDigit(text.charCodeAt(i + 4))
    ) {
      for (let k = 1; k <= 3; k++) int += String(charValue(text.charCodeAt(i + k)));
      i += 4;
    }
  }
  let frac = "";
  if (DOTS.has(text.charCodeAt(i)) && isArabicDigit(text.charCodeAt(i + 1))) {
    const from = ++i;
    while (i < text.length && isArabicDigit(text.charCodeAt(i))) i++;
    frac = digitsOf(text, from, i);
  }
  r.numEnd = i;
  const intPart = stripZeros(int);
  r.value = frac ? `${intPart}.${frac}` : intPart;
  r.mantissa = stripZeros(intPart + frac);
  r.decimals = frac.length;
  // 1.2.3 (a section or version number) or 2025.03.25 (a date): not a quantity.
  if (DOTS.has(text.charCodeAt(i)) && isArabicDigit(text.charCodeAt(i + 1))) {
    r.broken = true;
    r.end = i;
    return r;
  }
  return readTail(text, i, r);
}

/** Reads a Chinese numeral (smart mode) and what follows it; null when none starts at `pos`. */
export function readChinese(text: string, pos: number): NumberReading | null {
  const match = scanChineseNumber(text, pos, { smart: true });
  if (!match) return null;
  const r = blank("chinese", pos);
  r.numEnd = match.end;
  r.decimals = match.decimals;
  if (match.bigUnit) {
    // 二十万 reads like 20万: the trailing 万/亿 is a multiplier, so its precision matches the Arabic form.
    const exp = match.bigUnit === "万" ? 4 : 8;
    r.value = match.value.slice(0, match.value.length - exp);
    r.multiplier = match.bigUnit;
    r.multiplierExp = exp;
  } else r.value = match.value;
  r.mantissa = stripZeros(r.value.replace(".", ""));
  if (match.percent) {
    r.kind = "percent";
    r.end = match.end;
    const next = text.charCodeAt(match.end);
    if (isArabicDigit(next) || isChineseNumeral(next)) r.broken = true;
    return r;
  }
  return readTail(text, match.end, r);
}

/** A hedge word found next to a number. */
export interface HedgeWord {
  word: string;
  approx: Approx;
  /** Where the word starts (before the number) or ends (after it). */
  at: number;
}

/** The hedge word written right before `start` (约, 超过, 不足…), not reaching back past `floor`. */
export function hedgeBefore(text: string, start: number, floor: number): HedgeWord | null {
  const p = skipSpacesBackward(text, start, floor);
  const words = BEFORE_BY_LAST.get(text.charCodeAt(p - 1));
  if (words === undefined) return null;
  for (const [word, approx] of words) {
    const at = p - word.length;
    if (at < floor || !text.startsWith(word, at)) continue;
    const notAfter = APPROX_BEFORE_NOT_AFTER[word];
    if (notAfter && at > 0 && notAfter.includes(text[at - 1]!)) continue;
    return { word, approx, at };
  }
  return null;
}

/** The hedge word written right after `end` (以上, 左右…). */
export function hedgeAfter(text: string, end: number): HedgeWord | null {
  const p = skipSpacesForward(text, end);
  const words = AFTER_BY_FIRST.get(text.charCodeAt(p));
  if (words === undefined) return null;
  for (const [word, approx] of words) {
    if (text.startsWith(word, p)) return { word, approx, at: p + word.length };
  }
  return null;
}

/** The hedge word that starts exactly at `pos` (for a phrase that begins with one: 约2300万元). */
export function hedgeAt(text: string, pos: number): HedgeWord | null {
  for (const [word, approx] of BEFORE) {
    if (text.startsWith(word, pos)) return { word, approx, at: pos };
  }
  return null;
}
