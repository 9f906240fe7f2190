/**
 * cjk-spacing: official documents write 2022年度, 15件, 8-10月 with no space between Chinese and a
 * number (GB/T 15835; government house style, not the tech-blog style that asks for a space). A
 * stray space is reported with a safe fix that deletes it; a text spaced that way throughout (a PDF
 * extraction of Word's Asian/Latin spacing) gets one summary finding. Docs: docs/rules/cjk-spacing.md
 */
import type { Span } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import {
  combinedFix,
  hasZeroWidth,
  isBlankChar,
  isDigit,
  isHan,
  isLatin,
  isZeroWidth,
  lineContext,
  NextCharOf,
  nonProseSpans,
  spanAt,
  SpanCursor,
  titleMarkSpans,
  type Replacement,
} from "../util/typography.js";

/** Characters that continue a number: decimal point, thousands comma, percent and per-mille. */
const NUMBER_PART = new Set([0x2e, 0x2c, 0x25, 0x2030, 0xff0e, 0xff05]);
/** Dashes and tildes that join the two ends of a range (8-10月, 2021—2025年). */
const RANGE_MARK = new Set([0x2d, 0xff0d, 0x7e, 0xff5e, 0x2014, 0x2013, 0x2212]);
/** What may follow a number opening a line (2025 年，…); other words after a bare number are a list item (1 条记录). */
const UNIT = new Set("年月日");
/** Fewer stray spaces than this are each reported; more, and more than the unspaced places, make one summary. */
const SUMMARY_MIN = 10;
const CONTEXT = 4;

const isNumberChar = (c: number) => isDigit(c) || NUMBER_PART.has(c);
/** What joins the numbers of a date, time or page count: 2013-1-19, 18:10, 1/1. */
const isJoiner = (c: number) => c === 0x2d || c === 0x3a || c === 0x2f;

interface Found extends Replacement {
  readonly kind: "space" | "range";
  /** Inside 《…》: the title is quoted as published, so the fix is only a suggestion. */
  readonly inTitle: boolean;
  readonly context: string;
}

export default createRule({
  id: "cjk-spacing",
  meta: {
    type: "suggestion",
    docs: {
      description: {
        zh: "汉字与数字之间、数字范围中不应加空格",
        en: "No spaces between Chinese and numbers or inside number ranges",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    fixable: "safe",
    messages: {
      space: {
        zh: "汉字与数字之间多了空格：「{{text}}」，公文中应删除",
        en: 'Unexpected space between Chinese and a number in "{{text}}"; official documents write none',
      },
      range: {
        zh: "数字范围中多了空格：「{{text}}」，应删除",
        en: 'Unexpected space inside the number range "{{text}}"',
      },
      summary: {
        zh: "全文有{{count}}处汉字与数字之间加了空格（如「{{text}}」），公文中应全部删除",
        en: '{{count}} spaces between Chinese and numbers throughout the text (e.g. "{{text}}"); official documents write none',
      },
      remove: { zh: "删除空格", en: "Remove the space" },
    },
  },
  create(context) {
    const { document, text } = context;
    const skip = nonProseSpans(document);
    const found: Found[] = [];
    // The lines as scanned (a string, and the start and end in it of each), for counting the places
    // where Chinese and a number touch with no space (the text's own habit) when a summary is possible.
    const lineTexts: string[] = [];
    const lineBounds: number[] = [];
    // Most texts have no zero-width character at all: then no line needs its view built.
    const anyZeroWidth = hasZeroWidth(document);
    // A lone blank is one of these: a native search skips the lines without any (most lines).
    const blanks = new NextCharOf(LONE_BLANK, text);
    // The blanks are judged in text order: a cursor over the spans to skip answers where each lies.
    const inSkipped = new SpanCursor(skip);

    for (const paragraph of document.paragraphs) {
      if (paragraph.kind === "chrome" || paragraph.kind === "blank") continue;
      // The line as if its zero-width characters were gone (invisible-chars deletes them), with
      // each character's offset in the text.
      const [from, to] = paragraph.contentSpan;
      let zeroWidth = false;
      if (anyZeroWidth) for (let k = from; k < to && !zeroWidth; k++) zeroWidth = isZeroWidth(text.charCodeAt(k));
      let line = text.slice(from, to);
      let offsets: number[] | null = null;
      if (zeroWidth) {
        const view: string[] = [];
        offsets = [];
        for (let k = from; k < to; k++) {
          if (isZeroWidth(text.charCodeAt(k))) continue;
          view.push(text[k]!);
          offsets.push(k);
        }
        line = view.join("");
      }
      const end = line.length;
      // The scans read the text itself where the line is a plain piece of it: a sliced string is
      // slower to read character by character.
      const scanned = offsets ? line : text;
      const base = offsets ? 0 : from;
      lineTexts.push(scanned);
      lineBounds.push(base, base + end);
      // Built when the line has a lone blank to judge: most lines have none.
      let titles: Span[] | null = null;
      // No blank between the line's first and last characters (of the text; the view only drops
      // zero-width ones): no lone blank to judge.
      if (blanks.at(from + 1) >= to - 1) continue;
      for (let i = nextLoneBlank(scanned, base + 1, base + end) - base; i < end - 1; i = nextLoneBlank(scanned, base + i + 1, base + end) - base) {
        const at = offsets ? offsets[i]! : from + i;
        const kind = classify(line, i, 0, end);
        if (!kind || inSkipped.inside(at)) continue;
        // A function call, not a closure here: one capturing `i` would make V8 allocate the loop's
        // scope on every character.
        const title = spanAt((titles ??= titleMarkSpans(line, 0, end)), i);
        // A title with Latin letters in it (《Windows 10 指南》) may be spaced as published.
        if (title && /[A-Za-z]/u.test(line.slice(...title))) continue;
        found.push({ kind, span: [at, at + 1], text: "", inTitle: title !== undefined, context: lineContext(line, [i, i + 1], CONTEXT) });
      }
    }
    if (found.length === 0) return;

    // A quoted title keeps its suggestion even in a text spaced throughout.
    const plain = found.filter((f) => !f.inTitle);
    let summary = false;
    if (plain.length >= SUMMARY_MIN) {
      let unspaced = 0;
      for (let k = 0; k < lineTexts.length; k++) unspaced += countUnspaced(lineTexts[k]!, lineBounds[2 * k]!, lineBounds[2 * k + 1]!);
      summary = plain.length > unspaced;
    }
    if (summary) {
      const first = plain[0]!;
      context.report({
        span: first.span,
        messageId: "summary",
        data: { count: plain.length, text: first.context },
        fix: combinedFix(text, plain),
      });
    }
    const single = summary ? found.filter((f) => f.inTitle) : found;
    for (const f of single) {
      const fix = { span: f.span, text: f.text };
      context.report({
        span: f.span,
        messageId: f.kind,
        data: { text: f.context },
        fix: f.inTitle ? undefined : fix,
        suggestions: f.inTitle ? [{ messageId: "remove" as const, fix }] : undefined,
      });
    }
  },
});

/**
 * The places in s[start + 1, end - 1) where Chinese and a number touch with no space (年2, 5件). The
 * per-character scans run in small functions of their own: inside create the loop would read the
 * variables its closures capture from memory on every character.
 */
function countUnspaced(s: string, start: number, end: number): number {
  let count = 0;
  // The character after i is read once and carried to the next round.
  let next = s.charCodeAt(start + 1);
  for (let i = start + 1; i < end - 1; i++) {
    const c = next;
    next = s.charCodeAt(i + 1);
    if ((isHan(c) && isDigit(next)) || (isDigit(c) && isHan(next))) count++;
  }
  return count;
}

/** The blanks (isBlankChar) a lone blank may be: a tab never is. */
const LONE_BLANK = /[ \u00a0\u3000]/gu;

/**
 * The first i in [from, end - 1) where s has one blank alone (not a tab; two or more, or a tab,
 * separate the columns of a flattened table), or end - 1 when there is none.
 */
function nextLoneBlank(s: string, from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    const c = s.charCodeAt(i);
    if (isBlankChar(c) && c !== 0x09 && !isBlankChar(s.charCodeAt(i - 1)) && !isBlankChar(s.charCodeAt(i + 1))) return i;
  }
  return Math.max(from, end - 1);
}

/**
 * What the single blank at `at` stands between: Chinese and a number ("space"), the parts of a
 * number range next to Chinese ("range"), or nothing to report (null).
 */
function classify(text: string, at: number, start: number, end: number): "space" | "range" | null {
  const left = text.charCodeAt(at - 1);
  const right = text.charCodeAt(at + 1);
  // 材料 1500 余份: Chinese, then a number.
  if (isHan(left) && isDigit(right)) {
    let j = at + 1;
    while (j < end && isNumberChar(text.charCodeAt(j))) j++;
    // A number ending the line, or followed by another number, is a table cell (行政许可 0 0 1).
    if (j >= end) return null;
    const after = text.charCodeAt(j);
    if (isBlankChar(after) && isDigit(text.charCodeAt(j + 1))) return null;
    // 5G, a date or time (2013-1-19, 18:10) or a page count (1/1) is not a number in prose.
    if (isLatin(after) || (isJoiner(after) && isDigit(text.charCodeAt(j + 1)))) return null;
    // A date, then a space, then a number (2024年4月2日 07 版, 3月1日 10时): the space separates two items.
    if (left === 0x65e5 && isDigit(text.charCodeAt(at - 2))) return null;
    if (endsHeading(text, at, start)) return null;
    return "space";
  }
  // 1500 余份: a number, then Chinese.
  if ((isDigit(left) || left === 0x25 || left === 0xff05) && isHan(right)) {
    let j = at - 1;
    while (j >= start && isNumberChar(text.charCodeAt(j))) j--;
    const before = j >= start ? text.charCodeAt(j) : -1;
    // After Latin letters or a slash (a URL's path: …gov.cn/2024 查询) or inside a date or time.
    if (isLatin(before) || before === 0x2f || (isJoiner(before) && j > start && isDigit(text.charCodeAt(j - 1)))) return null;
    // A bare number opening the line is a list number (1 加强培训), unless a unit follows.
    if (j < start && !UNIT.has(text[at + 1]!)) return null;
    // A number after another number is a column (0 0 1 件).
    if (isBlankChar(before) && j > start && isDigit(text.charCodeAt(j - 1))) return null;
    return "space";
  }
  // 8 -10月, 8- 10月: a blank beside the dash of a range that touches Chinese.
  const dashRight = RANGE_MARK.has(right) && isDigit(left);
  const dashLeft = RANGE_MARK.has(left) && isDigit(right);
  if (!dashRight && !dashLeft) return null;
  let a = dashRight ? at - 1 : at - 2;
  if (dashLeft && isBlankChar(text.charCodeAt(a))) a--;
  if (!isDigit(text.charCodeAt(a))) return null;
  while (a >= start && isNumberChar(text.charCodeAt(a))) a--;
  let b = dashRight ? at + 2 : at + 1;
  if (dashRight && isBlankChar(text.charCodeAt(b))) b++;
  if (!isDigit(text.charCodeAt(b))) return null;
  while (b < end && isNumberChar(text.charCodeAt(b))) b++;
  const before = a >= start ? text.charCodeAt(a) : -1;
  const after = b < end ? text.charCodeAt(b) : -1;
  if (isLatin(before) || isLatin(after)) return null;
  return isHan(after) || isHan(before) ? "range" : null;
}

/** Longest heading (marker and words) that endsHeading looks back over. */
const MAX_HEADING = 40;
const SENTENCE_END = new Set("。：:；;！？!?");
const HEADING_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])[^，,]{0,30}$/u;

/**
 * True when the blank at `at` ends a heading run into its paragraph (a flattened text: "如下: 一、总体
 * 情况 2023年,全区…"): the space stands for a line break, so it is not a stray space.
 */
function endsHeading(text: string, at: number, start: number): boolean {
  // A heading is short: looking back further than MAX_HEADING would make long lines quadratic.
  const from = Math.max(start, at - MAX_HEADING);
  let j = at - 1;
  while (j > from && !SENTENCE_END.has(text[j - 1]!)) j--;
  if (j === from && from > start && !SENTENCE_END.has(text[from - 1]!)) return false;
  return HEADING_START.test(text.slice(j, at).trim());
}
