/**
 * unpaired-punctuation: quotes, title marks and brackets must open and close in pairs within a
 * paragraph. Docs: docs/rules/unpaired-punctuation.md
 */
import type { Paragraph, Report } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { isRegExpSpace } from "../util/typography.js";

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
    const inMarker = new Set<number>();
    for (const { markerSpan } of document.headings) for (let i = markerSpan[0]; i < markerSpan[1]; i++) inMarker.add(i);
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
    // How many of each opening mark the stack holds.
    const openCount = new Map<string, number>();
    const push = (offset: number) => {
      stack.push(offset);
      openCount.set(text[offset]!, (openCount.get(text[offset]!) ?? 0) + 1);
    };
    const popFrom = (depth: number): number[] => {
      const removed = stack.splice(depth);
      for (const offset of removed) openCount.set(text[offset]!, openCount.get(text[offset]!)! - 1);
      return removed;
    };
    let previous: Paragraph | undefined;
    const flush = () => {
      if (stack.length === 0) return;
      if (previous !== cutOff) stack.forEach(reportUnclosed);
      stack = [];
      openCount.clear();
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
        const char = text[i]!;
        if (inMarker.has(i)) continue;
        if (OPENERS.has(char)) {
          push(i);
          continue;
        }
        const openers = CLOSERS[char];
        if (!openers) continue;
        // Only a closer with an opener on the stack walks it (and pops what it passes): linear.
        const depth = openerDepth(text, stack, openCount, openers);
        if (depth < 0) {
          // "1)" or "a)" opening a list item is a numbering style, not a stray bracket.
          if ((char === ")" || char === "）") && i - start <= MAX_LIST_NUMBER && LIST_NUMBER.test(text.slice(start, i))) continue;
          context.report({ span: [i, i + 1], messageId: "unopened", data: { mark: char, pair: openers[0]! } });
          continue;
        }
        // Marks opened after the matching opener and still open were never closed.
        const [, ...neverClosed] = popFrom(depth);
        neverClosed.forEach(reportUnclosed);
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
 * Where on the stack the innermost mark that `openers` close is (-1 when none is open). A function,
 * not closures in the loop: closures capturing the loop's variables would make V8 allocate their
 * scope on every character.
 */
function openerDepth(text: string, stack: readonly number[], openCount: ReadonlyMap<string, number>, openers: string): number {
  let anyOpen = false;
  for (const o of openers) anyOpen ||= (openCount.get(o) ?? 0) > 0;
  if (!anyOpen) return -1;
  for (let i = stack.length - 1; i >= 0; i--) if (openers.includes(text[stack[i]!]!)) return i;
  return -1;
}
