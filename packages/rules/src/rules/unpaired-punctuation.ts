/**
 * unpaired-punctuation: quotes, title marks and brackets must open and close in pairs within a
 * paragraph. Docs: docs/rules/unpaired-punctuation.md
 */
import type { Paragraph, Report, Span } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { SpanCursor, isRegExpSpace } from "../util/typography.js";

/** Closing mark → the opening marks it may close. （ and ( close each other: width is punctuation-width's job. */
const CLOSERS: Readonly<Record<string, string>> = {
  "”": "“",
  "’": "‘",
  "》": "《",
  "〉": "〈",
  "）": "（(",
  ")": "（(",
  "】": "【",
  "〕": "〔",
  "」": "「",
  "』": "『",
  "］": "［[",
  "]": "［[",
};
const OPENERS = new Set(Object.values(CLOSERS).join(""));
// The marks by UTF-16 code unit, so the scan compares numbers, not one-character strings (each a new
// string to hash for a Set, a Map and a property lookup).
const OPENER_LIST = [...OPENERS];
/** Per code unit: 1 + the opening mark's index in OPENER_LIST, or 0. */
const OPENER_INDEX = new Uint8Array(0x10000);
OPENER_LIST.forEach((c, k) => (OPENER_INDEX[c.charCodeAt(0)] = k + 1));
/** Per closing mark's code unit: a bit (by OPENER_LIST index) for each opening mark it closes; 0 for others. */
const CLOSES = new Uint16Array(0x10000);
for (const [closer, openers] of Object.entries(CLOSERS)) for (const o of openers) CLOSES[closer.charCodeAt(0)]! |= 1 << OPENER_LIST.indexOf(o);
// Most characters are neither: one table lookup per character skips them.
const MARKS = new Uint8Array(0x10000);
for (const c of [...OPENERS, ...Object.keys(CLOSERS)]) MARKS[c.charCodeAt(0)] = 1;
const PAIR_OF: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "《": "》",
  "〈": "〉",
  "（": "）",
  "(": ")",
  "【": "】",
  "〔": "〕",
  "「": "」",
  "『": "』",
  "［": "］",
  "[": "]",
};

// "1)" or "a)" opening a list item: the text before the closer is at most a few characters.
const LIST_NUMBER = /^[\s\u3000\u00a0]*[0-9a-zA-Z一二三四五六七八九十]{1,3}$/u;
const MAX_LIST_NUMBER = 16;

/** Sentence-final marks: a last paragraph ending in anything else was probably cut off. */
const FINAL_MARKS = new Set([..."。！？!?…；;：:”’》）)」』]】"].map((c) => c.charCodeAt(0)));

/**
 * True when text[start, end) ends in a sentence-final mark, white space after it allowed: what
 * /[。！？…]\s*$/u says of the slice, read from the end instead of tried at every character.
 */
function endsFinal(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isRegExpSpace(text.charCodeAt(i))) i--;
  return i >= start && FINAL_MARKS.has(text.charCodeAt(i));
}

/** The last paragraph with text, when it ends mid-sentence (a capture cut off there). */
function cutOffParagraph(report: Report): Paragraph | undefined {
  for (let i = report.paragraphs.length - 1; i >= 0; i--) {
    const p = report.paragraphs[i]!;
    if (p.kind === "blank" || p.kind === "chrome") continue;
    return endsFinal(report.text, p.contentSpan[0], p.contentSpan[1]) ? undefined : p;
  }
  return undefined;
}

export default createRule({
  id: "unpaired-punctuation",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "引号、书名号和括号应成对出现",
        en: "Quotation marks, title marks and brackets must come in pairs",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      unclosed: {
        zh: "「{{mark}}」没有对应的「{{pair}}」",
        en: 'Opening "{{mark}}" has no closing "{{pair}}"',
      },
      unopened: {
        zh: "「{{mark}}」前面没有对应的「{{pair}}」",
        en: 'Closing "{{mark}}" has no opening "{{pair}}" before it',
      },
    },
  },
  create(context) {
    const { document, text } = context;
    const cutOff = cutOffParagraph(document);
    // Brackets of heading markers are checked by heading-sequence (a lost "(七" leaves a lone ")").
    // The marks are met in text order: a cursor over the markers (in text order too) says which lie in one.
    const markers: Span[] = [];
    for (const h of document.headings) markers.push(h.markerSpan);
    const inMarker = new SpanCursor(markers);
    const reportUnclosed = (offset: number) =>
      context.report({
        span: [offset, offset + 1],
        messageId: "unclosed",
        data: { mark: text[offset]!, pair: PAIR_OF[text[offset]!]! },
      });

    // Text extracted from PDFs is hard-wrapped: a line that stops mid-sentence continues on the
    // next line, so its open marks carry over. A blank line, a heading or a finished sentence ends it.
    // The offsets of the open marks (numbers, not objects: a million open marks stay cheap).
    let stack: number[] = [];
    // How many of each opening mark (by OPENER_LIST index) the stack holds.
    const openCount = new Int32Array(OPENER_LIST.length);
    const push = (offset: number) => {
      stack.push(offset);
      const k = OPENER_INDEX[text.charCodeAt(offset)]! - 1;
      openCount[k] = openCount[k]! + 1;
    };
    /** Pops the stack down to `depth` (the matching opener's place); the marks above it were never closed. */
    const popFrom = (depth: number) => {
      for (let j = depth; j < stack.length; j++) {
        const k = OPENER_INDEX[text.charCodeAt(stack[j]!)]! - 1;
        openCount[k] = openCount[k]! - 1;
      }
      for (let j = depth + 1; j < stack.length; j++) reportUnclosed(stack[j]!);
      while (stack.length > depth) stack.pop();
    };
    let previous: Paragraph | undefined;
    const flush = () => {
      if (stack.length === 0) return;
      if (previous !== cutOff) stack.forEach(reportUnclosed);
      stack = [];
      openCount.fill(0);
    };
    // Indexed: a for-of over a million paragraphs allocates an iterator result each until optimised.
    for (let k = 0; k < document.paragraphs.length; k++) {
      const paragraph = document.paragraphs[k]!;
      if (paragraph.kind === "chrome") continue;
      const start = paragraph.contentSpan[0];
      const end = paragraph.contentSpan[1];
      const wrapped = previous !== undefined && paragraph.kind === "body" && !endsFinal(text, previous.contentSpan[0], previous.contentSpan[1]);
      if (!wrapped) flush();
      if (paragraph.kind === "blank") {
        previous = undefined;
        continue;
      }
      for (let i = nextMark(text, start, end); i < end; i = nextMark(text, i + 1, end)) {
        if (inMarker.inside(i)) continue;
        const code = text.charCodeAt(i);
        if (OPENER_INDEX[code] !== 0) {
          push(i);
          continue;
        }
        const closes = CLOSES[code]!;
        if (closes === 0) continue;
        // Only a closer with an opener on the stack walks it (and pops what it passes): linear.
        const depth = openerDepth(text, stack, openCount, closes);
        if (depth < 0) {
          const char = text[i]!;
          // "1)" or "a)" opening a list item is a numbering style, not a stray bracket.
          if ((char === ")" || char === "）") && i - start <= MAX_LIST_NUMBER && LIST_NUMBER.test(text.slice(start, i))) continue;
          context.report({ span: [i, i + 1], messageId: "unopened", data: { mark: char, pair: CLOSERS[char]![0]! } });
          continue;
        }
        // Marks opened after the matching opener and still open were never closed.
        popFrom(depth);
      }
      previous = paragraph;
    }
    flush();
  },
});

/**
 * The offset of the first opening or closing mark in [from, end), or `end`. The scan runs in its own
 * small function: inside create it reads variables the closures there capture, from memory each time.
 */
function nextMark(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && MARKS[text.charCodeAt(i)] === 0) i++;
  return i;
}

/**
 * Where on the stack the innermost mark that `closes` (bits of OPENER_LIST) names is (-1 when none is open). A function,
 * not closures in the loop: closures capturing the loop's variables would make V8 allocate their
 * scope on every character.
 */
function openerDepth(text: string, stack: readonly number[], openCount: Int32Array, closes: number): number {
  let anyOpen = false;
  for (let k = 0; k < openCount.length; k++) if (((closes >> k) & 1) !== 0 && openCount[k]! > 0) anyOpen = true;
  if (!anyOpen) return -1;
  for (let i = stack.length - 1; i >= 0; i--) if (((closes >> (OPENER_INDEX[text.charCodeAt(stack[i]!)]! - 1)) & 1) !== 0) return i;
  return -1;
}
