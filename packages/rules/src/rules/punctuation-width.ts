/**
 * punctuation-width: Chinese text takes full-width punctuation (GB/T 15834): ，；：（）？！ rather
 * than , ; : ( ) ? !. A half-width mark beside Chinese is reported with a safe fix; numbers (1,204;
 * 3:1; 10:30), URLs, Latin text and brackets around Latin or digits alone are left as they are. A
 * text in half-width punctuation throughout (a PDF or mirror-site copy) gets one summary finding.
 * Docs: docs/rules/punctuation-width.md
 */
import type { Report, Span } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { NextCharOf, SpanCursor, combinedFix, isBlankChar, isChineseText, isDigit, isHan, isZeroWidth, lineContext, nonProseSpans, type Replacement } from "../util/typography.js";

const FULL: Readonly<Record<string, string>> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！" };
/** Question particles: a ? after one ends a Chinese question even when Chinese follows. */
const PARTICLE = new Set("吗呢么吧啊嘛");
/** What may follow a sentence-final ? or ! (besides the end of the line and a blank). */
const CLOSING = new Set("”’》）」』】)\"'");
/** Fewer half-width marks than this are each reported; more, and more than the full-width ones, make one summary. */
const SUMMARY_MIN = 10;

export default createRule({
  id: "punctuation-width",
  meta: {
    type: "suggestion",
    docs: {
      description: {
        zh: "中文语句应使用全角标点（，；：（）？！）",
        en: "Chinese text uses full-width punctuation (，；：（）？！)",
      },
      recommended: true,
    },
    defaultSeverity: "warning",
    fixable: "safe",
    messages: {
      half: {
        zh: "中文语句中的半角「{{mark}}」应为全角「{{expected}}」",
        en: 'Half-width "{{mark}}" in Chinese text; expected full-width "{{expected}}"',
      },
      summary: {
        zh: "全文有{{count}}处中文语句使用了半角标点（如「{{mark}}」），应改为全角标点",
        en: '{{count}} half-width punctuation marks in Chinese text throughout (e.g. "{{mark}}"); Chinese text uses full-width marks',
      },
    },
  },
  create(context) {
    const { document, text } = context;
    const skip = nonProseSpans(document);
    // By push, not map: one array layout whether a text has headings or not.
    const markers: Span[] = [];
    for (const h of document.headings) markers.push(h.markerSpan);
    const found: Replacement[] = [];
    // Most paragraphs have no half-width mark at all: a native search skips them.
    const halfMarks = new NextCharOf(HALF_MARK, text);
    // The marks come in text order: cursors over the spans to skip answer where each lies.
    const inSkipped = new SpanCursor(skip);
    const inMarker = new SpanCursor(markers);
    for (const paragraph of document.paragraphs) {
      if (paragraph.kind === "chrome" || paragraph.kind === "blank") continue;
      const [start, end] = paragraph.contentSpan;
      if (halfMarks.at(start) >= end) continue;
      for (const i of halfWidthMarks(text, start, end, halfMarks)) {
        if (!inSkipped.inside(i) && !inMarker.inside(i)) found.push({ span: [i, i + 1], text: FULL[text[i]!]! });
      }
    }
    if (found.length === 0) return;
    // The text's own habit is counted only when a summary is possible.
    if (found.length >= SUMMARY_MIN && found.length > fullMarksInProse(text, document.paragraphs, found.length)) {
      const first = found[0]!;
      context.report({
        span: first.span,
        messageId: "summary",
        data: { count: found.length, mark: lineContext(text, first.span, 4) },
        fix: combinedFix(text, found),
      });
      return;
    }
    for (const f of found) {
      context.report({ span: f.span, messageId: "half", data: { mark: text.slice(...f.span), expected: f.text }, fix: f });
    }
  },
});

/** halfWidthMarks' marks chosen, by offset from the paragraph's start; all 0 between calls. */
let chosenScratch = new Uint8Array(1024);

/** The half-width marks this rule is about (, ; : ( ) ? !), for a native search. */
const HALF_MARK = /[,;:()?!]/gu;

/**
 * How many full-width marks the paragraphs of prose (not page furniture, not blank) hold, counted up
 * to `enough` (the answer only has to be compared with it: most texts reach it in their first lines).
 */
function fullMarksInProse(text: string, paragraphs: Report["paragraphs"], enough: number): number {
  let full = 0;
  // Found by a native search, not read character by character.
  const fullMarks = new NextCharOf(FULL_MARK, text);
  for (const paragraph of paragraphs) {
    if (paragraph.kind === "chrome" || paragraph.kind === "blank") continue;
    const [start, end] = paragraph.contentSpan;
    for (let i = fullMarks.at(start); i < end; i = fullMarks.at(i + 1)) if (++full >= enough) return full;
  }
  return full;
}

/** The full-width marks a text's own habit is counted by (，；：（）？！), for a native search. */
const FULL_MARK = /[，；：（）？！]/gu;
/** Brackets of either width, for a native search. */
const BRACKET = /[()（）]/gu;

/**
 * Offsets of the half-width marks in [start, end) that belong to Chinese text. A mark that becomes
 * full-width counts as Chinese for its neighbours (“A,(中文)” → the comma sits beside （), so the
 * marks are decided until nothing changes: one round of fixes leaves none behind.
 */
function halfWidthMarks(text: string, start: number, end: number, halfMarks: NextCharOf): number[] {
  // chosen[at - start] = 1 for a mark chosen: a typed array, not a Set of offsets (no hashing), and
  // one kept for every call (cleared on the way out), since allocating one per paragraph costs more.
  if (chosenScratch.length < end - start) chosenScratch = new Uint8Array(Math.max(end - start, 2 * chosenScratch.length));
  const chosen = chosenScratch;
  let chosenCount = 0;
  const choose = (at: number) => {
    if (chosen[at - start] === 0) chosenCount++;
    chosen[at - start] = 1;
  };
  const chinese = (at: number) => at >= 0 && (chosen[at - start] === 1 || isChineseText(text.charCodeAt(at)));
  const digit = (at: number) => at >= 0 && isDigit(text.charCodeAt(at));
  const prevAt = (i: number) => {
    let j = i - 1;
    while (j >= start && (isBlankChar(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j--;
    return j >= start ? j : -1;
  };
  const nextAt = (i: number) => {
    let j = i + 1;
    while (j < end && (isBlankChar(text.charCodeAt(j)) || isZeroWidth(text.charCodeAt(j)))) j++;
    return j < end ? j : -1;
  };

  // The marks to decide (, ; : ? !) and the brackets of either width, in text order. The half-width
  // ones are found by the native search; the paragraph is searched for its brackets only when it
  // has a half-width one (else no bracket can be chosen).
  const marks: number[] = [];
  const brackets: number[] = [];
  let halfBracket = false;
  for (let i = halfMarks.at(start); i < end; i = halfMarks.at(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x29) halfBracket = true;
    else marks.push(i);
  }
  if (halfBracket) {
    for (BRACKET.lastIndex = start; BRACKET.test(text) && BRACKET.lastIndex <= end; ) brackets.push(BRACKET.lastIndex - 1);
  }

  // Brackets in pairs, either width: a pair with Chinese inside is a Chinese bracket pair.
  // Only half-width brackets are ever chosen: with none, pairing them decides nothing.
  if (halfBracket) {
    // Whether [from, to) holds a Han character: brackets mostly hold Chinese right after the opening
    // one, so a short look decides; past it, counts of Han characters before each offset (built once)
    // keep a text of many long pairs linear.
    let hanBefore: Uint32Array | null = null;
    const hasHan = (from: number, to: number) => {
      const near = Math.min(to, from + 64);
      for (let k = from; k < near; k++) if (isHan(text.charCodeAt(k))) return true;
      if (near === to) return false;
      if (!hanBefore) {
        hanBefore = new Uint32Array(end - start + 1);
        for (let k = start; k < end; k++) hanBefore[k - start + 1] = hanBefore[k - start]! + (isHan(text.charCodeAt(k)) ? 1 : 0);
      }
      return hanBefore[to - start]! - hanBefore[near - start]! > 0;
    };
    const stack: number[] = [];
    for (const i of brackets) {
      const c = text[i];
      if (c === "(" || c === "（") stack.push(i);
      else if (stack.length > 0) {
        const open = stack.pop()!;
        if (!hasHan(open + 1, i)) continue;
        if (text[open] === "(") choose(open);
        if (c === ")") choose(i);
      }
    }
  }

  // Forward and backward passes in turn, so that a run of marks settles in a few passes.
  for (let changed = marks.length > 0, forward = true; changed; forward = !forward) {
    changed = false;
    for (let k = 0; k < marks.length; k++) {
      const i = forward ? marks[k]! : marks[marks.length - 1 - k]!;
      const c = text[i]!;
      if (chosen[i - start] === 1) continue;
      const p = prevAt(i);
      const n = nextAt(i);
      let take: boolean;
      if (c === "?" || c === "!") {
        // A lost character shows as ? between two Chinese ones (日?报): only a sentence end counts.
        // Neighbours right beside it (zero-width characters aside).
        let a = i + 1;
        while (a < end && isZeroWidth(text.charCodeAt(a))) a++;
        let b = i - 1;
        while (b >= start && isZeroWidth(text.charCodeAt(b))) b--;
        const after = a < end ? text.charCodeAt(a) : -1;
        const ends = after < 0 || isBlankChar(after) || CLOSING.has(text[a]!) || (c === "?" && PARTICLE.has(text[p]!)) || (c === "!" && isHan(after));
        take = p >= 0 && isHan(text.charCodeAt(p)) && ends && text[a] !== "?" && text[b] !== "?";
      } else {
        take = (chinese(p) || chinese(n)) && !(digit(p) && digit(n));
      }
      if (take) {
        choose(i);
        changed = true;
      }
    }
  }
  // The chosen ones in text order: marks and brackets are each in text order, so a merge, not a sort.
  const out: number[] = [];
  if (chosenCount === 0) return out;
  for (let a = 0, b = 0; a < marks.length || b < brackets.length; ) {
    const at = b >= brackets.length || (a < marks.length && marks[a]! < brackets[b]!) ? marks[a++]! : brackets[b++]!;
    if (chosen[at - start] === 1) {
      out.push(at);
      chosen[at - start] = 0;
    }
  }
  return out;
}
