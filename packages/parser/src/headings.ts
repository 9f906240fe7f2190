// Numbered headings at the start of a line, their outline rank and their actual nesting.
import type { BrokenMarker, Heading, NumberingStyle } from "@reportlint/report-model";
import { findOutside, isClosingMark, isOpeningMark, matchMarks, outermost, type BracketMarks } from "./brackets.js";
import { digitRunEnd, digitValue, digitsValue, isBlank, isHan, isSpace, skipSpaces } from "./chars.js";
import type { Line } from "./lines.js";
import { isTableLine } from "./tables.js";
import { isCnNumeralChar, readCnNumeral } from "./numerals.js";
import { objectList } from "./lists.js";

/** Outline rank of each numbering style: 1 一、, 2 （一）/(一), 3 1./1、, 4 （1）/(1), 5 ①. */
export const RANK: Readonly<Record<NumberingStyle, number>> = {
  "cn-dun": 1,
  "cn-paren-full": 2,
  "cn-paren-half": 2,
  "arabic-dot": 3,
  "arabic-dun": 3,
  "arabic-paren-full": 4,
  "arabic-paren-half": 4,
  circled: 5,
};

// What counts as a broken marker. Each is kept as a heading with value null; the reason is shown
// to users by heading-sequence, so it is written in Chinese.
//  1. ")健全社会矛盾纠纷…": the line starts with a closing bracket followed by Chinese text, so
//     "(七" was lost. Not when the line above left a bracket open (a wrapped parenthesis).
//  2. "(七健全…": an opening bracket and a number, then text, and the bracket never closes on
//     the line: the closing bracket was lost.
//  3. "（健全…": an opening bracket followed straight by Chinese text that never closes on the
//     line: number and closing bracket were lost.
// All three also need the heading part (up to the first 。) to read like a heading: at most
// MAX_BROKEN_HEAD characters, no comma, semicolon or colon, and a line that does not end in a
// comma (a wrapped sentence). And the document must have well-formed bracket headings: the broken
// marker takes its family (（一） or （1）) from the nearest one and its width from its own bracket.
const LOST_OPEN: BrokenMarker = "lost-open";
const LOST_CLOSE: BrokenMarker = "lost-close";
const LOST_NUMBER: BrokenMarker = "lost-number";
const MAX_BROKEN_HEAD = 40;

const FULL_OPEN = 0xff08;
const HALF_OPEN = 0x28;
const FULL_CLOSE = 0xff09;
const HALF_CLOSE = 0x29;
const DUN = 0x3001; // 、
const DOT = 0x2e;
const FULL_DOT = 0xff0e;
const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;

/** 一、二月份 / 一、二等奖: a numeral right after the marker followed by one of these is a list of numbers. */
const NUMBER_LIST_NEXT = new Set([..."、月季级类等批期至到和及或"].map((c) => c.charCodeAt(0)));
/** （一年来 / (三项: a number in a bracket followed by a measure word is not a lost heading number. */
const MEASURE_NEXT = new Set([..."是年月日号个项次条件届期批级类等名位人"].map((c) => c.charCodeAt(0)));

type Family = "cn" | "arabic";

interface Marker {
  /** null while a broken marker's family is still unknown. */
  style: NumberingStyle | null;
  family: Family | null;
  /** Half-width bracket (for inferring a broken marker's style). */
  half: boolean;
  value: number | null;
  start: number;
  end: number;
  broken: BrokenMarker | null;
  /** 一，: a heading only in a document with 一、 headings, on a line that does not continue a sentence. */
  weak: boolean;
}

const isTerminator = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f; // 。！？
const isColon = (c: number) => c === 0xff1a || c === 0x3a;
const LEAD_IN_MAX = 20;

function marker(style: NumberingStyle, value: number, start: number, end: number): Marker {
  const family: Family = style.startsWith("cn") ? "cn" : "arabic";
  return { style, family, half: style.endsWith("half"), value, start, end, broken: null, weak: false };
}

/**
 * 1）加强领导 / 七)健全体系: a number with only its closing bracket, a style of its own in some
 * reports and a lost opening bracket in others. Kept as the bracket style of its family (rank 2 or
 * 4) with the marker as printed, when Chinese text follows.
 */
function closingOnly(text: string, family: Family, value: number, at: number, numEnd: number, end: number): Marker | null {
  const c = text.charCodeAt(numEnd);
  if (c !== FULL_CLOSE && c !== HALF_CLOSE) return null;
  const next = text.charCodeAt(skipSpaces(text, numEnd + 1, end));
  if (!isHan(next) || isCnNumeralChar(next)) return null;
  const half = c === HALF_CLOSE;
  const style: NumberingStyle =
    family === "cn" ? (half ? "cn-paren-half" : "cn-paren-full") : half ? "arabic-paren-half" : "arabic-paren-full";
  return marker(style, value, at, numEnd + 1);
}

/** Enclosed numerals that word processors' auto-numbering leaves in the text (①, ⑴, ⒈, ㈠). */
function enclosed(c: number, at: number): Marker | null {
  const one = (style: NumberingStyle, value: number) => marker(style, value, at, at + 1);
  if (c >= 0x2460 && c <= 0x2473) return one("circled", c - 0x2460 + 1);
  if (c >= 0x3251 && c <= 0x325f) return one("circled", c - 0x3251 + 21);
  if (c >= 0x32b1 && c <= 0x32bf) return one("circled", c - 0x32b1 + 36);
  if (c >= 0x2776 && c <= 0x277f) return one("circled", c - 0x2776 + 1);
  if (c >= 0x2780 && c <= 0x2789) return one("circled", c - 0x2780 + 1);
  if (c >= 0x278a && c <= 0x2793) return one("circled", c - 0x278a + 1);
  if (c >= 0x2474 && c <= 0x2487) return one("arabic-paren-half", c - 0x2474 + 1);
  if (c >= 0x2488 && c <= 0x249b) return one("arabic-dot", c - 0x2488 + 1);
  if (c >= 0x3220 && c <= 0x3229) return one("cn-paren-half", c - 0x3220 + 1);
  return null;
}

function parseParen(text: string, at: number, end: number): Marker | null {
  const half = text.charCodeAt(at) === HALF_OPEN;
  const i = skipSpaces(text, at + 1, end);
  const cn = readCnNumeral(text, i, end);
  let family: Family | null = null;
  let value = 0;
  let numEnd = i;
  if (cn) {
    family = "cn";
    value = cn.value;
    numEnd = cn.end;
  } else {
    const run = digitRunEnd(text, i, end);
    if (run - i > 2) return null;
    if (run > i) {
      family = "arabic";
      value = digitsValue(text, i, run);
      numEnd = run;
    }
  }
  if (family) {
    const j = skipSpaces(text, numEnd, end);
    const close = text.charCodeAt(j);
    if (j < end && (close === FULL_CLOSE || close === HALF_CLOSE)) {
      // （一）、 prints a stray 、 after the bracket: it belongs to the marker as printed.
      const markerEnd = j + 1 < end && text.charCodeAt(j + 1) === DUN ? j + 2 : j + 1;
      const style: NumberingStyle =
        family === "cn" ? (half ? "cn-paren-half" : "cn-paren-full") : half ? "arabic-paren-half" : "arabic-paren-full";
      return marker(style, value, at, markerEnd);
    }
    const next = text.charCodeAt(numEnd);
    if (numEnd < end && isHan(next) && !isCnNumeralChar(next) && !MEASURE_NEXT.has(next)) {
      return { style: null, family, half, value: null, start: at, end: numEnd, broken: LOST_CLOSE, weak: false };
    }
    return null;
  }
  const next = text.charCodeAt(i);
  if (i < end && isHan(next) && !isCnNumeralChar(next)) {
    return { style: null, family: null, half, value: null, start: at, end: at + 1, broken: LOST_NUMBER, weak: false };
  }
  return null;
}

/** What heading text after 一. may begin with: Chinese, a year (四.2024年…), a quote or a title (八.“两价”…). */
const startsHeadingText = (c: number) => isHan(c) || digitValue(c) >= 0 || c === 0x201c || c === 0x300a;

/** Reads the numbering at the start of a line's content, or null when the line has none. */
function parseMarker(text: string, at: number, end: number): Marker | null {
  const c = text.charCodeAt(at);
  const e = enclosed(c, at);
  if (e) return e;
  if (c === FULL_OPEN || c === HALF_OPEN) return parseParen(text, at, end);
  if (c === FULL_CLOSE || c === HALF_CLOSE) {
    const next = text.charCodeAt(at + 1);
    if (at + 1 < end && isHan(next) && !isCnNumeralChar(next)) {
      return { style: null, family: null, half: c === HALF_CLOSE, value: null, start: at, end: at + 1, broken: LOST_OPEN, weak: false };
    }
    return null;
  }
  const cn = readCnNumeral(text, at, end);
  if (cn) {
    if (cn.end >= end) return null;
    const p = text.charCodeAt(cn.end);
    const close = closingOnly(text, "cn", cn.value, at, cn.end, end);
    if (close) return close;
    if (p === DUN) {
      // 一、二月份 / 一、二等奖 start a sentence about several numbers, not a heading.
      const list = readCnNumeral(text, cn.end + 1, end);
      if (list && list.end < end) {
        const q = text.charCodeAt(list.end);
        if (NUMBER_LIST_NEXT.has(q) || text.startsWith("年级", list.end)) return null;
      }
      return marker("cn-dun", cn.value, at, cn.end + 1);
    }
    // 一. / 一． is a mistyped 一、; kept as cn-dun with the marker as printed.
    if ((p === DOT || p === FULL_DOT) && cn.end + 1 < end && startsHeadingText(text.charCodeAt(cn.end + 1))) {
      return marker("cn-dun", cn.value, at, cn.end + 1);
    }
    // 一，加强领导 is one too, but 统一，/之一， wrapped onto a new line look the same: kept only on
    // conditions (see COMMA_MARKER).
    if ((p === FULL_COMMA || p === COMMA) && cn.end + 1 < end) {
      const next = text.charCodeAt(cn.end + 1);
      if (startsHeadingText(next) && !isCnNumeralChar(next)) {
        // Set on the marker, not spread into a copy: every marker keeps one hidden class.
        const weak = marker("cn-dun", cn.value, at, cn.end + 1);
        weak.weak = true;
        return weak;
      }
    }
    return null;
  }
  const run = digitRunEnd(text, at, end);
  if (run > at && run - at <= 2 && run < end) {
    const close = closingOnly(text, "arabic", digitsValue(text, at, run), at, run, end);
    if (close) return close;
    const p = text.charCodeAt(run);
    if (p === DOT || p === FULL_DOT || p === DUN) {
      // 1.5万元 / 1、2月份: a digit right after the mark makes it a number, not a heading.
      if (run + 1 < end && digitValue(text.charCodeAt(run + 1)) >= 0) return null;
      return marker(p === DUN ? "arabic-dun" : "arabic-dot", digitsValue(text, at, run), at, run + 1);
    }
  }
  return null;
}

/** True when the nearest line with text above `line` leaves a round bracket open. */
function continuesParenthesis(text: string, lines: readonly Line[], line: Line, marks: BracketMarks): boolean {
  for (let k = line.index - 1; k >= 0; k--) {
    const above = lines[k]!;
    if (above.contentEnd === above.contentStart) continue;
    const { unclosed } = matchMarks(marks, above.contentStart, above.contentEnd);
    return unclosed.some((i) => {
      const c = text.charCodeAt(i);
      return c === FULL_OPEN || c === HALF_OPEN;
    });
  }
  return false;
}

/** Whether a broken marker's line reads like a heading rather than a wrapped or bracketed sentence. */
function plausibleBroken(
  text: string,
  lines: readonly Line[],
  line: Line,
  m: Marker,
  unclosed: readonly number[],
  marks: BracketMarks,
): boolean {
  if (m.broken === LOST_OPEN) {
    if (continuesParenthesis(text, lines, line, marks)) return false;
  } else if (!unclosed.includes(m.start)) {
    return false;
  }
  const last = text.charCodeAt(line.contentEnd - 1);
  if (last === 0xff0c || last === 0x2c || last === DUN) return false;
  const headStart = m.end;
  let headEnd = headStart;
  while (headEnd < line.contentEnd && !isTerminator(text.charCodeAt(headEnd))) {
    const c = text.charCodeAt(headEnd);
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || isColon(c)) return false;
    headEnd++;
  }
  return headEnd - headStart >= 2 && headEnd - headStart <= MAX_BROKEN_HEAD;
}

/**
 * COMMA_MARKER: whether a line starts after a break rather than in the middle of a wrapped
 * sentence: the line above ends in punctuation, is the previous heading, or holds no comma (a
 * title or a date line).
 */
function startsAfterBreak(text: string, lines: readonly Line[], line: Line, previous: Draft | undefined): boolean {
  for (let k = line.index - 1; k >= 0; k--) {
    const above = lines[k]!;
    if (above.contentEnd === above.contentStart) continue;
    if (previous?.line.index === k) return true;
    const last = text.charCodeAt(above.contentEnd - 1);
    if (!isHan(last) && digitValue(last) < 0) return true;
    return !/[，,]/u.test(text.slice(above.contentStart, above.contentEnd));
  }
  return true;
}

interface Draft {
  m: Marker;
  line: Line;
  textStart: number;
  textEnd: number;
  runIn: boolean;
}

function holdsStopOrColon(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isTerminator(c) || isColon(c)) return true;
  }
  return false;
}

/** Where the heading text ends: the first 。, a short lead-in's colon, or the end of the line. */
function headingExtent(text: string, line: Line, textStart: number, marks: BracketMarks): { textEnd: number; runIn: boolean } {
  const end = line.contentEnd;
  let term = -1;
  let colon = -1;
  // A line without 。！？ or a colon (most headings) has nothing for brackets to hide: one scan, no matching.
  if (holdsStopOrColon(text, textStart, end)) {
    const outer = outermost(matchMarks(marks, textStart, end).pairs);
    term = findOutside(text, textStart, end, outer, isTerminator);
    colon = findOutside(text, textStart, term < 0 ? end : term, outer, isColon);
  }
  let textEnd: number;
  let bodyStart: number;
  if (colon > textStart && colon - textStart <= LEAD_IN_MAX) {
    textEnd = colon;
    bodyStart = colon + 1;
  } else if (term >= 0) {
    textEnd = term;
    bodyStart = term + 1;
  } else {
    textEnd = end;
    bodyStart = end;
    // A list-item heading may end in ；, which is punctuation, not heading text.
    const last = text.charCodeAt(end - 1);
    if (end > textStart && (last === 0xff1b || last === 0x3b)) textEnd = end - 1;
  }
  while (textEnd > textStart && isSpace(text.charCodeAt(textEnd - 1))) textEnd--;
  return { textEnd, runIn: !isBlank(text, bodyStart, end) && !isClosingOnly(text, bodyStart, end) };
}

/** Only closing marks (”）) left after the terminator: still not a body. */
function isClosingOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isClosingMark(c) && !isSpace(c) && !isTerminator(c)) return false;
  }
  return true;
}

// Per list of labels (a profile's, the same array every parse): the markers of the labels are read once.
const fragmentTests = new WeakMap<readonly string[], (m: Marker, headingText: string) => boolean>();
const NO_LABELS: readonly string[] = [];

/**
 * A test for lines that are pieces of a prescribed table rather than headings: PDF extraction
 * breaks table rows into lines such as "（四）无" (of "（四）无法提供"). A line is a fragment when a
 * row label has the same marker rank and number and starts with the line's first character.
 */
function tableFragmentTest(labels: readonly string[]): (m: Marker, headingText: string) => boolean {
  let test = fragmentTests.get(labels);
  if (!test) {
    test = buildFragmentTest(labels);
    fragmentTests.set(labels, test);
  }
  return test;
}

function buildFragmentTest(labels: readonly string[]): (m: Marker, headingText: string) => boolean {
  const rows = labels.flatMap((label) => {
    const m = parseMarker(label, 0, label.length);
    return m?.style && m.value !== null ? [{ rank: RANK[m.style], value: m.value, text: label.slice(m.end) }] : [];
  });
  return (m, headingText) =>
    m.style !== null &&
    headingText.length > 0 &&
    rows.some((row) => row.rank === RANK[m.style!] && row.value === m.value && row.text.startsWith(headingText[0]!));
}

/**
 * Finds the headings: a numbering marker at the start of a line (after any indentation), every
 * style of NumberingStyle, and broken markers (see above). `skipLine` excludes furniture lines.
 * `paragraph` is the line index, since every line is a paragraph.
 */
export function findHeadings(
  text: string,
  lines: readonly Line[],
  skipLine: (index: number) => boolean,
  marks: BracketMarks,
  tableLabels: readonly string[] = NO_LABELS,
): Heading[] {
  const isTableFragment = tableFragmentTest(tableLabels);
  const drafts: Draft[] = objectList();
  // Indexed: a for-of over a million lines allocates an iterator result per line until optimised.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { contentStart: s, contentEnd: e } = line;
    if (e <= s || skipLine(line.index)) continue;
    // The marker first: most lines have none, and the table test reads the whole line.
    const m = parseMarker(text, s, e);
    if (!m || isTableLine(text, s, e)) continue;
    if (m.broken && !plausibleBroken(text, lines, line, m, matchMarks(marks, s, e).unclosed, marks)) continue;
    // 1）/一） closing a bracket the line above left open is a wrapped parenthesis.
    if (isClosingMark(text.charCodeAt(m.end - 1)) && !isOpeningMark(text.charCodeAt(m.start)) && m.end - m.start > 1) {
      if (continuesParenthesis(text, lines, line, marks)) continue;
    }
    const textStart = skipSpaces(text, m.end, e);
    const { textEnd, runIn } = headingExtent(text, line, textStart, marks);
    if (isTableFragment(m, text.slice(textStart, textEnd))) continue;
    drafts.push({ m, line, textStart, textEnd, runIn });
  }

  const bracketed = drafts.filter((d) => d.m.style !== null && d.m.style.includes("paren"));
  const hasCnDun = drafts.some((d) => d.m.style === "cn-dun" && !d.m.weak);
  const kept = drafts.filter((d, k) => {
    if (d.m.weak) return hasCnDun && startsAfterBreak(text, lines, d.line, drafts[k - 1]);
    if (d.m.style !== null) return true;
    if (bracketed.length === 0) return false;
    if (!d.m.family) {
      const before = bracketed.filter((b) => b.m.start < d.m.start).at(-1);
      const after = bracketed.find((b) => b.m.start > d.m.start);
      d.m.family = (before ?? after)!.m.family;
    }
    const half = d.m.half;
    d.m.style = d.m.family === "arabic" ? (half ? "arabic-paren-half" : "arabic-paren-full") : half ? "cn-paren-half" : "cn-paren-full";
    return true;
  });

  const headings: Heading[] = objectList();
  const open: number[] = [];
  for (const d of kept) {
    const style = d.m.style!;
    const rank = RANK[style];
    while (open.length > 0 && headings[open.at(-1)!]!.rank >= rank) open.pop();
    const parent = open.at(-1) ?? null;
    const depth = parent === null ? 1 : headings[parent]!.depth + 1;
    const spanEnd = d.textEnd > d.textStart ? d.textEnd : d.m.end;
    headings.push({
      rank,
      depth,
      parent,
      style,
      marker: text.slice(d.m.start, d.m.end),
      value: d.m.value,
      text: text.slice(d.textStart, d.textEnd),
      span: [d.m.start, spanEnd],
      markerSpan: [d.m.start, d.m.end],
      runIn: d.runIn,
      broken: d.m.broken,
      paragraph: d.line.index,
    });
    open.push(headings.length - 1);
  }
  return headings;
}
