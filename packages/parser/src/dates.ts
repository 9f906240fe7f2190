// Years and dates written in the text, where they are written (context), and whether they can
// be right (malformed).
//
// Recognised: 2024年, 2024年度, 2024年10月, 2024年10月5日, 2024年1-6月, 2025-03-25, 2025.3.25,
// 2025/3/25, month-days without a year (10月5日), bare months (10月) and month ranges (8-10月,
// 8 -10月, 1至3月: month = the first, day null), year ranges (2021—2025年, 2021-2025年,
// 2021至2025年, 2021年—2025年: year = start, rangeEnd = end), document numbers (〔2025〕31号,
// 【2023】6号, [2024]3号), Chinese-numeral years (二〇二四年三月五日) and a weekday printed after a
// full date (2025年3月25日 星期二, （周二）). One optional space is allowed between the parts, as
// PDF text has ("2025 年 1 月 1 日").
//
// Malformed (a DateProblem code; rules word it): an eight-digit year whose range dash was lost
// (20192023年), a year glued to its month (20221月5日), a reversed range, a month outside 1–12, a
// day the month does not have (2月30日, 4月31日; 2月29日 only in leap years, or when the year is
// unknown), and a weekday that does not match its date.
//
// Not dates: digits inside a URL, file name or code (/art/2024/2/30/, v2024.1.5, ID2024-12-31),
// which numeric dates must not touch on either side.
import type { DateMention, DateProblem, Span, YearContext } from "@reportlint/report-model";
import { digitRunEnd, digitValue, digitsValue, isSpace, skipOneSpace } from "./chars.js";
import { cnDigitValue, readCnNumeral } from "./numerals.js";
import { objectList } from "./lists.js";

/** Sorted, disjoint spans that decide a date's context. */
export interface DateContextRanges {
  readonly chrome: readonly Span[];
  readonly title: readonly Span[];
  /** Inside 《》 or 〈〉. */
  readonly bookTitles: readonly Span[];
  /** Inside “” ‘’ 「」 『』. */
  readonly quotes: readonly Span[];
}

const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const HAO = 0x53f7; // 号
const DU = 0x5ea6; // 度
const DI = 0x7b2c; // 第
const ZHOU = 0x5468; // 周
const WEEKDAYS = "日一二三四五六";

const isRangeDash = (c: number) =>
  c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0xff0d || c === 0x7e || c === 0xff5e || c === 0x81f3 || c === 0x5230 || c === 0x2500;
const isDateSeparator = (c: number) => c === 0x2d || c === 0x2f || c === 0x2e || c === 0xff0e || c === 0xff0d;
/** Letters and URL marks: a numeric date touching one is part of a URL, file name or code. */
const isCodeChar = (c: number) =>
  ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2f || c === 0x5f || c === 0x3d || c === 0x26 || c === 0x3f || c === 0x23 || c === 0x25;
const plausibleYear = (y: number) => y >= 1900 && y <= 2099;

/** Brackets that enclose the year of a document number, and the marks that may close them. */
const DOC_NUMBER_CLOSE = new Map<number, readonly number[]>([
  [0x3014, [0x3015]], // 〔〕
  [0x3010, [0x3011]], // 【】
  [0x5b, [0x5d]], // []
  [0xff3b, [0xff3d]], // ［］
  [0x3016, [0x3017]], // 〖〗
  [0x28, [0x29, 0xff09]], // ()
  [0xff08, [0xff09, 0x29]], // （）
]);

interface Draft {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  rangeEnd: number | null;
  malformed: DateProblem | null;
  kind: "plain" | "range" | "document-number";
}

/** Days in month 1–12 of a year; February has 29 when the year is unknown (null). */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The weekday (0 = Sunday) of a valid date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Why a date cannot be right, or null. */
export function dateProblem(year: number | null, month: number | null, day: number | null, weekday: number | null): DateProblem | null {
  if (month === null) return null;
  if (month < 1 || month > 12) return "month-out-of-range";
  if (day !== null && (day < 1 || day > daysInMonth(year, month))) return "day-out-of-range";
  if (weekday !== null && year !== null && day !== null && weekdayOf(year, month, day) !== weekday) return "weekday-mismatch";
  return null;
}

function inside(spans: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (at < s) hi = mid - 1;
    else if (at >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

class Scanner {
  readonly out: Draft[] = objectList();
  constructor(readonly text: string) {}

  at(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : -1;
  }

  push(d: Omit<Draft, "malformed"> & { malformed?: DateProblem | null }): number {
    const malformed = d.malformed ?? dateProblem(d.year, d.month, d.day, d.weekday);
    // Field by field in one order: a spread of drafts of several shapes is slow in V8.
    this.out.push({
      start: d.start,
      end: d.end,
      year: d.year,
      month: d.month,
      day: d.day,
      weekday: d.weekday,
      rangeEnd: d.rangeEnd,
      malformed,
      kind: d.kind,
    });
    return d.end;
  }

  /** A weekday after a full date: 星期二, 周二, 礼拜二, optionally in brackets. */
  weekday(at: number): { weekday: number; end: number } | null {
    const t = this.text;
    let k = skipOneSpace(t, at);
    const open = this.at(k);
    const bracketed = open === 0xff08 || open === 0x28;
    if (bracketed) k++;
    let w: number;
    if (t.startsWith("星期", k) || t.startsWith("礼拜", k)) w = k + 2;
    else if (this.at(k) === ZHOU) w = k + 1;
    else return null;
    const ch = t[w] ?? "";
    const weekday = ch === "天" ? 0 : ch ? WEEKDAYS.indexOf(ch) : -1;
    if (weekday < 0) return null;
    let end = w + 1;
    if (bracketed) {
      const close = this.at(end);
      if (close !== 0xff09 && close !== 0x29) return null;
      end++;
    }
    return { weekday, end };
  }

  /** 10月, 10月5日, 8-10月 from `at`. */
  monthDay(at: number): { month: number; day: number | null; end: number; ranged: boolean } | null {
    const t = this.text;
    const m0 = skipOneSpace(t, at);
    const m1 = digitRunEnd(t, m0);
    if (m1 - m0 < 1 || m1 - m0 > 2) return null;
    const month = digitsValue(t, m0, m1);
    let k = skipOneSpace(t, m1);
    let ranged = false;
    if (isRangeDash(this.at(k))) {
      const q = skipOneSpace(t, k + 1);
      const q1 = digitRunEnd(t, q);
      if (q1 - q < 1 || q1 - q > 2) return null;
      k = skipOneSpace(t, q1);
      ranged = true;
    }
    if (this.at(k) !== YUE) return null;
    let end = k + 1;
    let day: number | null = null;
    if (!ranged) {
      const d0 = skipOneSpace(t, end);
      const d1 = digitRunEnd(t, d0);
      if (d1 - d0 >= 1 && d1 - d0 <= 2) {
        const d2 = skipOneSpace(t, d1);
        const ch = this.at(d2);
        if (ch === RI || ch === HAO) {
          day = digitsValue(t, d0, d1);
          end = d2 + 1;
        }
      }
    }
    return { month, day, end, ranged };
  }

  /** Pushes year + optional month/day/weekday; `afterYear` is just past 年. */
  yearDate(start: number, year: number, afterYear: number, malformed: DateProblem | null, month0: number | null = null): number {
    let month = month0;
    let day: number | null = null;
    let end = afterYear;
    let ranged = false;
    if (month === null) {
      if (this.at(end) === DU) return this.push({ start, end: end + 1, year, month: null, day: null, weekday: null, rangeEnd: null, kind: "plain", malformed });
      const md = this.monthDay(end);
      if (md) ({ month, day, end, ranged } = md);
    } else {
      const d0 = skipOneSpace(this.text, end);
      const d1 = digitRunEnd(this.text, d0);
      if (d1 - d0 >= 1 && d1 - d0 <= 2) {
        const d2 = skipOneSpace(this.text, d1);
        if (this.at(d2) === RI || this.at(d2) === HAO) {
          day = digitsValue(this.text, d0, d1);
          end = d2 + 1;
        }
      }
    }
    let weekday: number | null = null;
    if (day !== null) {
      const w = this.weekday(end);
      if (w) ({ weekday, end } = w);
    }
    return this.push({ start, end, year, month, day, weekday, rangeEnd: null, kind: ranged ? "range" : "plain", malformed });
  }

  /** 〔2025〕31号 around the year digits in [s, e). */
  documentNumber(s: number, e: number, year: number): number {
    let b = s - 1;
    if (b >= 0 && isSpace(this.at(b))) b--;
    const open = this.at(b);
    const closers = DOC_NUMBER_CLOSE.get(open);
    if (b < 0 || !closers) return -1;
    let k = skipOneSpace(this.text, e);
    if (!closers.includes(this.at(k))) return -1;
    k++;
    let q = skipOneSpace(this.text, k);
    if (this.at(q) === DI) q++;
    const q1 = digitRunEnd(this.text, q);
    let end = -1;
    if (q1 > q) {
      const h = skipOneSpace(this.text, q1);
      if (this.at(h) === HAO) end = h + 1;
    }
    // 〔〕 only ever holds a document number's year, even when the rest was cut off.
    if (end < 0 && open === 0x3014) end = k;
    if (end < 0) return -1;
    return this.push({ start: b, end, year, month: null, day: null, weekday: null, rangeEnd: null, kind: "document-number", malformed: null });
  }

  /** 2021—2025年 / 2021年至2025年 starting at the first year. */
  yearRange(s: number, year: number, afterFirst: number, hasNian: boolean): number {
    const t = this.text;
    let k = skipOneSpace(t, afterFirst);
    const dash = this.at(k);
    if (!isRangeDash(dash)) return -1;
    k++;
    if (this.at(k) === dash) k++; // ——
    k = skipOneSpace(t, k);
    const e2 = digitRunEnd(t, k);
    if (e2 - k !== 4) return -1;
    const end2 = digitsValue(t, k, e2);
    if (!plausibleYear(end2)) return -1;
    const m = skipOneSpace(t, e2);
    let end: number;
    if (this.at(m) === NIAN) end = this.at(m + 1) === DU ? m + 2 : m + 1;
    else if (hasNian) end = e2;
    else return -1;
    const malformed = end2 < year ? "range-reversed" : null;
    return this.push({ start: s, end, year, month: null, day: null, weekday: null, rangeEnd: end2, kind: "range", malformed });
  }

  /** 2025-03-25, 2025.3.25, 2025/3/25. */
  numericDate(s: number, e: number, year: number): number {
    const t = this.text;
    const sep = this.at(e);
    const before = this.at(s - 1);
    if (!isDateSeparator(sep) || isCodeChar(before) || before === 0x2e) return -1;
    const m1 = digitRunEnd(t, e + 1);
    if (m1 - (e + 1) < 1 || m1 - (e + 1) > 2 || this.at(m1) !== sep) return -1;
    const d1 = digitRunEnd(t, m1 + 1);
    if (d1 - (m1 + 1) < 1 || d1 - (m1 + 1) > 2) return -1;
    if (this.at(d1) === sep && digitValue(this.at(d1 + 1)) >= 0) return -1;
    const after = this.at(d1);
    if (isCodeChar(after) || (isDateSeparator(after) && isCodeChar(this.at(d1 + 1)))) return -1;
    const month = digitsValue(t, e + 1, m1);
    const day = digitsValue(t, m1 + 1, d1);
    let end = d1;
    let weekday: number | null = null;
    const w = this.weekday(end);
    if (w) ({ weekday, end } = w);
    return this.push({ start: s, end, year, month, day, weekday, rangeEnd: null, kind: "plain" });
  }

  /** Handles the digit run [s, e); returns where scanning goes on. */
  digits(s: number, e: number): number {
    const t = this.text;
    const len = e - s;
    if (len === 4) {
      const year = digitsValue(t, s, e);
      if (!plausibleYear(year)) return e;
      const doc = this.documentNumber(s, e, year);
      if (doc >= 0) return doc;
      const j = skipOneSpace(t, e);
      const hasNian = this.at(j) === NIAN;
      const afterYear = hasNian ? j + 1 : e;
      const range = this.yearRange(s, year, afterYear, hasNian);
      if (range >= 0) return range;
      if (!hasNian) {
        const numeric = this.numericDate(s, e, year);
        return numeric >= 0 ? numeric : e;
      }
      return this.yearDate(s, year, afterYear, null);
    }
    if (len === 8) {
      const year = digitsValue(t, s, s + 4);
      const end2 = digitsValue(t, s + 4, e);
      const j = skipOneSpace(t, e);
      if (plausibleYear(year) && plausibleYear(end2) && this.at(j) === NIAN) {
        const end = this.at(j + 1) === DU ? j + 2 : j + 1;
        return this.push({ start: s, end, year, month: null, day: null, weekday: null, rangeEnd: end2, kind: "range", malformed: "range-dash-lost" });
      }
      return e;
    }
    if (len === 5 || len === 6) {
      const year = digitsValue(t, s, s + 4);
      const month = digitsValue(t, s + 4, e);
      const j = skipOneSpace(t, e);
      if (plausibleYear(year) && month >= 1 && month <= 12 && this.at(j) === YUE) {
        return this.yearDate(s, year, j + 1, "year-glued-to-month", month);
      }
      return e;
    }
    if (len <= 2) {
      // 1.5月 is a decimal, not a month.
      const before = s > 0 ? t.charCodeAt(s - 1) : -1;
      if ((before === 0x2e || before === 0xff0e) && digitValue(this.at(s - 2)) >= 0) return e;
      const md = this.monthDay(s);
      if (!md) return e;
      let end = md.end;
      let weekday: number | null = null;
      if (md.day !== null) {
        const w = this.weekday(end);
        if (w) ({ weekday, end } = w);
      }
      return this.push({ start: s, end, year: null, month: md.month, day: md.day, weekday, rangeEnd: null, kind: md.ranged ? "range" : "plain" });
    }
    return e;
  }

  /** 二〇二四年三月五日: years written with Chinese digits. */
  chineseYears(): void {
    const t = this.text;
    // Looking back from each 年 is much cheaper than a regular expression tried at every offset.
    for (let at = t.indexOf("年", 4); at >= 0; at = t.indexOf("年", at + 1)) {
      let year = 0;
      for (let i = at - 4; i < at; i++) {
        const c = t.charCodeAt(i);
        const d = c === 0x30 ? 0 : cnDigitValue(c);
        if (d < 0) {
          year = -1;
          break;
        }
        year = year * 10 + d;
      }
      if (!plausibleYear(year)) continue;
      const start = at - 4;
      let end = at + 1;
      let month: number | null = null;
      let day: number | null = null;
      if (this.at(end) === DU) end++;
      else {
        const mo = readCnNumeral(t, end);
        if (mo && this.at(mo.end) === YUE) {
          month = mo.value;
          end = mo.end + 1;
          const d = readCnNumeral(t, end);
          if (d && (this.at(d.end) === RI || this.at(d.end) === HAO)) {
            day = d.value;
            end = d.end + 1;
          }
        }
      }
      let weekday: number | null = null;
      if (day !== null) {
        const w = this.weekday(end);
        if (w) ({ weekday, end } = w);
      }
      this.push({ start, end, year, month, day, weekday, rangeEnd: null, kind: "plain" });
    }
  }
}

/** Finds every year and date mention, in text order, with its context. */
export function findDates(text: string, ranges: DateContextRanges): DateMention[] {
  const scanner = new Scanner(text);
  const n = text.length;
  const nextDigit = /[0-9０-９]/gu;
  let i = 0;
  while (i < n) {
    nextDigit.lastIndex = i;
    // test, not exec: the digit found is the one code unit before lastIndex, and no match array is made per digit run.
    if (!nextDigit.test(text)) break;
    const at = nextDigit.lastIndex - 1;
    const e = digitRunEnd(text, at);
    i = Math.max(e, scanner.digits(at, e));
  }
  scanner.chineseYears();
  const drafts = scanner.out.sort((a, b) => a.start - b.start);

  const contextOf = (d: Draft): YearContext => {
    if (inside(ranges.chrome, d.start)) return "chrome";
    if (inside(ranges.title, d.start)) return "title";
    if (d.kind !== "plain") return d.kind;
    if (inside(ranges.bookTitles, d.start)) return "document-title";
    if (inside(ranges.quotes, d.start)) return "quoted";
    return "plain";
  };
  return drafts.map((d) => ({
    raw: text.slice(d.start, d.end),
    span: [d.start, d.end],
    year: d.year,
    month: d.month,
    day: d.day,
    weekday: d.weekday,
    rangeEnd: d.rangeEnd,
    context: contextOf(d),
    malformed: d.malformed,
  }));
}
