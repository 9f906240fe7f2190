import type { Approx, Clause, Quantity, Rate, Span } from "@reportlint/report-model";
import {
  charKind,
  isArabicDigit,
  isChineseNumeral,
  isInert,
  isLatin,
  K_CN_BIG,
  K_CN_DIGIT,
  K_DIGIT,
  K_OPEN,
  skipSpacesBackward,
  skipSpacesForward,
} from "./char-class.js";
import { blockedRegionEnd, chineseRunEnd, forwardFinder, idiomEnd, isEchoIdiom, numeralInWord } from "./blacklist.js";
import { rateNameAt, shareBaseBefore, unwrapBefore } from "./rate-name.js";
import {
  hedgeAfter,
  hedgeBefore,
  mayFollowNumber,
  readArabic,
  readChinese,
  type NumberReading,
} from "./read-number.js";
import { objectList } from "../lists.js";

// One left-to-right pass over the original text. Full-width digits, ％, ．, 1,250 groups and spaces
// before a unit are read in place rather than normalised into a copy, so every span is already an
// offset into the text the user sees. Quoted labels, titles, document numbers and excluded spans are
// jumped over whole, which is also what keeps a hedge word or rate name from reaching into them.

const RANGE_MARKS = new Set([..."-—–－~～〜至到"].map((c) => c.charCodeAt(0)));
const PERCENT_MARKS = new Set(["%".charCodeAt(0), "％".charCodeAt(0)]);
const NUMBER_GLUE = new Set([...".．:：/"].map((c) => c.charCodeAt(0)));
const DI = "第".charCodeAt(0);
// Names that are only the word for a share, not an indicator of their own.
const SHARE_NAMES = new Set(["占比", "比例", "比重"]);

/** True when a range mark and another number follow `end` (8-10月, 2021—2025年, 3至5人). */
function rangeFollows(text: string, end: number): boolean {
  let a = skipSpacesForward(text, end);
  const mark = text.charCodeAt(a);
  if (!RANGE_MARKS.has(mark)) return false;
  while (text.charCodeAt(a) === mark) a++;
  const next = text.charCodeAt(skipSpacesForward(text, a));
  return isArabicDigit(next) || isChineseNumeral(next);
}

/** True when a number and a range mark stand right before `start` (the 10 of 8 -10月). */
function rangePrecedes(text: string, start: number, floor: number): boolean {
  let q = skipSpacesBackward(text, start, floor);
  if (q <= floor) return false;
  const mark = text.charCodeAt(q - 1);
  if (!RANGE_MARKS.has(mark)) return false;
  while (q > floor && text.charCodeAt(q - 1) === mark) q--;
  q = skipSpacesBackward(text, q, floor);
  if (q <= floor) return false;
  const prev = text.charCodeAt(q - 1);
  return isArabicDigit(prev) || isChineseNumeral(prev) || PERCENT_MARKS.has(prev);
}

/** True when an Arabic number is glued to what comes before it: 第3, G20, 10:30, 2025/3, 1.2.3. */
function arabicGlued(text: string, start: number, floor: number): boolean {
  if (start <= floor) return false;
  const prev = text.charCodeAt(start - 1);
  if (isLatin(prev)) return true;
  if (NUMBER_GLUE.has(prev) && start - 2 >= floor && isArabicDigit(text.charCodeAt(start - 2))) return true;
  const q = skipSpacesBackward(text, start, floor);
  return q > floor && text.charCodeAt(q - 1) === DI;
}

/** Finds the clause holding an offset by binary search over clauses sorted by start. */
function clauseLocator(clauses: readonly Clause[]): (offset: number) => number | null {
  // A loop, not a map: the map of no clause gave another map than a filled one (a deopt below).
  const order: number[] = [];
  for (let index = 0; index < clauses.length; index++) order.push(index);
  let sorted = true;
  for (let k = 1; k < clauses.length && sorted; k++) sorted = clauses[k - 1]!.span[0] <= clauses[k]!.span[0];
  if (!sorted) order.sort((a, b) => clauses[a]!.span[0] - clauses[b]!.span[0]);
  return (offset) => {
    let lo = 0;
    let hi = order.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (clauses[order[mid]!]!.span[0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const index = order[found]!;
    return offset < clauses[index]!.span[1] ? index : null;
  };
}

// Marks that end the words describing a number: list and clause punctuation and brackets.
const LABEL_STOPS = new Set([..."、，,：:；;（()）)。！？!?\n\r"].map((c) => c.charCodeAt(0)));

/**
 * The words before a number back to `limit` (the clause start or the previous number) or a list or
 * clause mark: "共受理劳动争议案件" before 67件, "线下调解" after 、. Role words are read from it later.
 */
function labelBefore(text: string, start: number, limit: number): string {
  let i = start;
  for (;;) {
    // An ideograph is no stop: the set is asked only of the other characters.
    for (; i > limit; i--) {
      const c = text.charCodeAt(i - 1);
      if ((c < 0x4e00 || c > 0x9fff) && LABEL_STOPS.has(c)) break;
    }
    // A pinyin gloss left by a mirror site (縣政務(wù)動態(tài)信息) is part of the words, not their end.
    const open = i > limit ? glossOpenBefore(text, i, limit) : -1;
    if (open < 0) break;
    i = open;
  }
  return text.slice(i, start).trim();
}

const GLOSS_CHAR = /[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]/u;

/** Where a pinyin gloss "(wǎng)" ending right before `end` opens, or -1. */
function glossOpenBefore(text: string, end: number, limit: number): number {
  // Code units, not text[i]: `text` is flat or a cons string, and a string index was deoptimized on the other.
  const close = text.charCodeAt(end - 1);
  if (close !== 0x29 && close !== 0xff09) return -1; // ) ）
  let j = end - 2;
  while (j >= limit && end - j <= 10 && GLOSS_CHAR.test(text.charAt(j))) j--;
  if (j < limit || j === end - 2 || (text.charCodeAt(j) !== 0x28 && text.charCodeAt(j) !== 0xff08)) return -1; // ( （
  return j;
}

/**
 * Finds the quantities (numbers with a measure word) and rates (percentages) in the text.
 * `excluded` spans (web page furniture) are skipped; `clauses` give each number its clause index.
 * `printed` is the text the numbers' `raw` is taken from, when `text` is a folded copy of it with the
 * same offsets.
 */
export function extractNumbers(
  text: string,
  clauses: readonly Clause[],
  excluded: readonly Span[],
  printed: string = text,
): { quantities: Quantity[]; rates: Rate[] } {
  const quantities: Quantity[] = objectList();
  const rates: Rate[] = objectList();
  // A loop into an object list: spread and filter of an empty `excluded` gave another map (deopts).
  const skips: Span[] = objectList();
  for (const s of excluded) if (s[1] > s[0]) skips.push(s);
  skips.sort((a, b) => a[0] - b[0]);
  const clauseAt = clauseLocator(clauses);
  let skipIndex = 0;
  // Hedge words and rate names never reach back past a region jumped over.
  let floor = 0;
  // A label never reaches back past the previous number.
  let previousEnd = 0;

  const emit = (r: NumberReading): number => {
    const before = hedgeBefore(text, r.numStart, floor);
    const after = hedgeAfter(text, r.end);
    let approx: Approx = "exact";
    let approxWord: string | null = null;
    if (r.inner) {
      approx = "more";
      approxWord = r.inner;
    } else if (after) {
      approx = after.approx;
      approxWord = after.word;
    } else if (before && before.approx !== "exact") {
      approx = before.approx;
      approxWord = before.word;
    }
    const start = before && before.approx !== "exact" ? before.at : r.numStart;
    const end = after ? after.at : r.end;
    const nextSkip = skips[skipIndex];
    if (nextSkip && end > nextSkip[0]) return r.end;
    const clause = clauseAt(start);
    const span: Span = [start, end];
    const raw = printed.slice(start, end);
    if (r.kind === "count" && r.unit) {
      const clauseStart = clause === null ? floor : clauses[clause]!.span[0];
      const labelEnd = before && before.approx !== "exact" ? start : r.numStart;
      quantities.push({
        raw,
        span,
        value: r.value,
        mantissa: r.mantissa,
        scaleExp: r.multiplierExp + r.unit.scaleExp - r.decimals,
        decimals: r.decimals,
        multiplier: r.multiplier,
        unit: r.unit.id,
        unitText: r.unitText,
        dimension: r.unit.dimension,
        approx,
        approxWord,
        numeral: r.numeral,
        label: labelBefore(text, labelEnd, Math.max(clauseStart, floor, previousEnd)),
        clause,
      });
    } else if (r.kind === "percent" || r.kind === "percent-points") {
      const nameFloor = clause === null ? floor : Math.max(floor, clauses[clause]!.span[0]);
      // A clause runs across the line breaks of a hard-wrapped paragraph: its words are read without them.
      const view = clause === null ? null : unwrapBefore(text, start, nameFloor);
      const words = view ? { text: view.text, start: view.text.length, floor: 0 } : { text, start, floor: nameFloor };
      const { name, at } = rateNameAt(words.text, words.start, words.floor);
      const nameAt = view && at >= 0 ? view.offsets[at]! : at;
      // The count a bracketed share follows (208件（17.46%）) is the last one read before it.
      const lastCount = quantities.at(-1);
      const countEndsAt = (end: number) => lastCount !== undefined && (view ? view.offsets[end - 1]! + 1 : end) === lastCount.span[1];
      rates.push({
        raw,
        span,
        name,
        nameAt: name ? nameAt : null,
        share: r.kind === "percent" && (name === "" || SHARE_NAMES.has(name)) ? shareBaseBefore(words.text, words.start, words.floor, countEndsAt) : null,
        value: r.value,
        mantissa: r.mantissa,
        decimals: r.decimals,
        approx,
        approxWord,
        kind: r.kind === "percent" ? "percent" : "percent-points",
        clause,
      });
    }
    previousEnd = end;
    return end;
  };

  const arabicAt = (i: number): number => {
    const r = readArabic(text, i);
    const next = Math.max(r.end, r.numEnd);
    if (r.broken || r.kind === "none") return next;
    if (arabicGlued(text, i, floor)) return next;
    if (rangePrecedes(text, i, floor) || rangeFollows(text, r.numEnd)) return next;
    if (r.kind === "percent" && rangeFollows(text, r.end)) return next;
    return emit(r);
  };

  const chineseAt = (i: number): number => {
    const runEnd = chineseRunEnd(text, i);
    const idiom = idiomEnd(text, i);
    if (idiom >= 0) return Math.max(runEnd, idiom);
    // The cheapest test first (most numerals in words, 进一步 or 统一, have no measure word after them);
    // each of these only passes the run.
    if (!text.startsWith("百分之", i) && !mayFollowNumber(text, skipSpacesForward(text, runEnd))) return runEnd;
    if (isEchoIdiom(text, i, runEnd) || numeralInWord(text, i)) return runEnd;
    const q = skipSpacesBackward(text, i, floor);
    if (q > floor && text.charCodeAt(q - 1) === DI) return runEnd;
    const r = readChinese(text, i);
    if (!r || r.broken || r.kind === "none") return runEnd;
    if (rangePrecedes(text, i, floor) || rangeFollows(text, r.numEnd)) return runEnd;
    return Math.max(runEnd, emit(r));
  };

  const nextOf = forwardFinder(text);
  let i = 0;
  while (i < text.length) {
    while (skipIndex < skips.length && skips[skipIndex]![1] <= i) skipIndex++;
    const skip = skips[skipIndex];
    if (skip && skip[0] <= i) {
      i = skip[1];
      floor = i;
      continue;
    }
    const stop = skip ? skip[0] : text.length;
    while (i < stop && isInert(text.charCodeAt(i))) i++;
    if (i >= stop) continue;
    const kind = charKind(text.charCodeAt(i));
    if (kind === K_DIGIT) i = arabicAt(i);
    else if (kind >= K_CN_DIGIT && kind <= K_CN_BIG) i = chineseAt(i);
    else if (kind === K_OPEN) {
      const end = blockedRegionEnd(text, i, nextOf);
      if (end > i) floor = end;
      i = end > i ? end : i + 1;
    } else i++;
  }
  return { quantities, rates };
}
