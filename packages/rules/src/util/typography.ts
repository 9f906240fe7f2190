/**
 * Shared by the typography rules (cjk-spacing, punctuation-width, invisible-chars): which
 * characters count as Chinese text, and which parts of a report are not prose (page furniture,
 * tables, URLs and e-mail addresses), where typography is left alone.
 */
import { oncePer } from "./once-per.js";
import type { Report, Span } from "@reportlint/report-model";
import { firstIndexNotBefore, isHan } from "@reportlint/parser";

export { isHan };

/**
 * A character of Chinese text: a Han ideograph, CJK punctuation (、。《》「」【】〔〕…), a full-width
 * form (，：（）), Chinese quotes “”‘’, the ellipsis and the em dash.
 */
export function isChineseText(c: number): boolean {
  return (
    isHan(c) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2026 ||
    c === 0x2014
  );
}

/** An ASCII or full-width digit. */
export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A Latin letter (ASCII, full-width or with a diacritic: pinyin such as jīng). */
export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
}

/** A blank inside a line: space, tab, NBSP or the ideographic space. */
export function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
}

/** What `\s` matches in a regular expression (white space and line terminators), per UTF-16 code unit. */
export function isRegExpSpace(c: number): boolean {
  // Chinese text is above U+3000: one comparison for most characters.
  if (c > 0x3000) return c === 0xfeff;
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** A zero-width character (invisible-chars removes them): neighbours are judged as if it were gone. */
export function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** The characters isZeroWidth is true of. */
const ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"];

/**
 * True when the report's text has a character isZeroWidth is true of (once per report, for every
 * rule that asks): a search for each one character is quicker than one for a class of them.
 */
export const hasZeroWidth = oncePer((document: Report): boolean => ZERO_WIDTH.some((c) => document.text.includes(c)));

/** www. as ADDRESS reads it (the same flags: case folded). */
const WWW = /www\./iu;
const ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[A-Za-z0-9\-._~:/?#@!$&'*+,;=%()[\]]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,}/giu;

/**
 * Sorted, merged spans where typography rules stay silent: page furniture, tables, URLs and e-mail
 * addresses. Found once per report, for every rule that asks.
 */
export const nonProseSpans: (document: Report) => readonly Span[] = oncePer(findNonProseSpans);

function findNonProseSpans(document: Report): Span[] {
  const spans: Span[] = [];
  for (const c of document.chrome) spans.push(c.span);
  for (const t of document.tables) spans.push(t.span);
  for (const p of document.paragraphs) if (p.kind === "chrome") spans.push(p.span);
  // Every address holds @, :// or www. (any case): a text without them (most) is not searched.
  const { text } = document;
  if (text.includes("@") || text.includes("://") || WWW.test(text)) for (const m of text.matchAll(ADDRESS)) spans.push([m.index, m.index + m[0].length]);
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], s[1])];
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The one of the sorted, disjoint `spans` that `offset` lies inside, if any (binary search). */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  const k = firstIndexNotBefore(spans.length, (i) => spans[i]![1] <= offset);
  return k < spans.length && spans[k]![0] <= offset ? spans[k] : undefined;
}

/**
 * Whether offsets lie inside one of sorted, disjoint spans, for offsets asked in increasing order (a
 * scan of the text): a cursor walks the spans once, instead of a bisection per question.
 */
export class SpanCursor {
  private next = 0;

  constructor(private readonly spans: readonly Span[]) {}

  /** True when `offset` (not before any offset asked earlier) lies inside one of the spans. */
  inside(offset: number): boolean {
    const spans = this.spans;
    let k = this.next;
    while (k < spans.length && spans[k]![1] <= offset) k++;
    this.next = k;
    return k < spans.length && spans[k]![0] <= offset;
  }
}

/** One replacement a rule has found, before it decides how to report it. */
export interface Replacement {
  readonly span: Span;
  readonly text: string;
}

/**
 * One fix that makes every replacement at once, covering the first to the last: for the summary
 * finding of a text that breaks a typography rule throughout.
 */
export function combinedFix(text: string, replacements: readonly Replacement[]): Replacement {
  const start = replacements[0]!.span[0];
  let cursor = start;
  let out = "";
  for (const r of replacements) {
    out += text.slice(cursor, r.span[0]) + r.text;
    cursor = r.span[1];
  }
  return { span: [start, cursor], text: out };
}

/** Spans of the text inside 《…》 title marks in [start, end) (a mark left open runs to `end`). */
export function titleMarkSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) {
      if (depth++ === 0) open = i + 1;
    } else if (c === 0x300b && depth > 0) {
      if (--depth === 0) spans.push([open, i]);
    }
  }
  if (depth > 0) spans.push([open, end]);
  return spans;
}

/** Up to `n` characters either side of `span`, without crossing a line break: the words a message quotes. */
export function lineContext(text: string, span: Span, n: number): string {
  let from = span[0];
  while (from > 0 && span[0] - from < n && text[from - 1] !== "\n" && text[from - 1] !== "\r") from--;
  let to = span[1];
  while (to < text.length && to - span[1] < n && text[to] !== "\n" && text[to] !== "\r") to++;
  return text.slice(from, to).trim();
}

/**
 * The next match of a one-character pattern (flags "gu") at or after an offset, by a native search:
 * for scans that ask in increasing order, each stretch of the text is searched once, and a stretch
 * without the characters (most paragraphs) is never read character by character in JavaScript.
 */
export class NextCharOf {
  private searchedFrom = 0;
  private next = -1;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
  ) {}

  /** The offset of the first match at or after `from`, or the text's length. */
  at(from: number): number {
    if (this.next < from || this.searchedFrom > from) {
      this.searchedFrom = from;
      this.pattern.lastIndex = from;
      this.next = this.pattern.test(this.text) ? this.pattern.lastIndex - 1 : this.text.length;
    }
    return this.next;
  }
}
