import type { Range } from "@reportlint/report-model";
import { codePointLabel, controlPicture, isControl } from "./control-chars.js";
import { codePointWidth } from "./text-width.js";

/** One source line cut to a width, with the span to underline. */
export interface CodeFrame {
  /** 1-based line number of the finding's start. */
  readonly line: number;
  /** The line as displayed: tabs and invisible characters made visible, "…" where it was cut. */
  readonly text: string;
  /** Spaces up to the span, then one caret per column of it (at least one). */
  readonly underline: string;
  /** Display text before the span, the span itself and after it (for HTML highlighting). */
  readonly parts: readonly [before: string, span: string, after: string];
}

interface Cell {
  readonly text: string;
  readonly width: number;
}

// Invisible characters the typography rules flag: shown as <U+XXXX> so the caret has something to point at.
// (Ranges, not a regular expression: this runs for every character of every frame.)
const showAsCode = (cp: number) =>
  cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff;

function cells(text: string): Cell[] {
  const out: Cell[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\t") out.push({ text: "  ", width: 2 });
    else if (isControl(cp) || showAsCode(cp)) {
      const shown = isControl(cp) ? controlPicture(cp) : codePointLabel(cp);
      out.push({ text: shown, width: shown.length });
    } else out.push({ text: ch, width: codePointWidth(cp) });
  }
  return out;
}

const widthOf = (list: readonly Cell[]) => list.reduce((n, c) => n + c.width, 0);
const textOf = (list: readonly Cell[]) => list.map((c) => c.text).join("");

function takeFromStart(list: readonly Cell[], budget: number): Cell[] {
  const out: Cell[] = [];
  let used = 0;
  for (const cell of list) {
    if (used + cell.width > budget) break;
    out.push(cell);
    used += cell.width;
  }
  return out;
}

function takeFromEnd(list: readonly Cell[], budget: number): Cell[] {
  return takeFromStart([...list].reverse(), budget).reverse();
}

const ELLIPSIS: Cell = { text: "…", width: 1 };

const isLineBreak = (text: string, i: number) => text[i] === "\n" || text[i] === "\r";

/** Columns a code point takes once shown (tabs, controls and invisible characters made visible). */
function shownWidth(cp: number): number {
  if (cp === 9) return 2;
  if (isControl(cp)) return controlPicture(cp).length;
  if (showAsCode(cp)) return codePointLabel(cp).length;
  return codePointWidth(cp);
}

/**
 * Walks from `from` towards `limit` (backwards when `limit` is before it) until more than `width`
 * columns are taken or a line break is reached, and returns where it stopped. A frame reads only
 * this much of a line: reading whole lines made a line with n findings cost n² (a 320,000-character
 * line took 55 s in stylish).
 */
function walk(text: string, from: number, limit: number, width: number): number {
  const forward = limit >= from;
  let i = from;
  let used = 0;
  while (i !== limit && used <= width) {
    // The character after i (forwards) or before it (backwards); a surrogate pair is one character.
    let at = forward ? i : i - 1;
    if (!forward && at > limit && (text.charCodeAt(at) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800) at--;
    const cp = text.codePointAt(at)!;
    if (cp === 10 || cp === 13) break;
    const size = cp > 0xffff ? 2 : 1;
    if (forward && i + size > limit) break;
    // Zero-width characters count as one column, so the walk stays short on any text.
    used += Math.max(1, shownWidth(cp));
    i = forward ? i + size : at;
  }
  return i;
}

/** The cells of text[from, to), with "…" on a side where the line goes on. */
function clipped(text: string, from: number, to: number, cutBefore: boolean, cutAfter: boolean): Cell[] {
  const list = cells(text.slice(from, Math.max(from, to)));
  if (cutBefore) list.unshift(ELLIPSIS);
  if (cutAfter) list.push(ELLIPSIS);
  return list;
}

/**
 * The line of a finding, trimmed to `maxWidth` terminal columns around the span (with "…" where
 * cut), and an underline that lines up under it with CJK characters counted two columns wide.
 */
export function codeFrame(text: string, range: Range, maxWidth = 100): CodeFrame {
  const budget = Math.max(10, maxWidth);
  const lineStart = Math.max(0, range.start.offset - (range.start.column - 1));
  const start = Math.min(Math.max(range.start.offset, lineStart), text.length);
  // A span over several lines is underlined to the end of its first line.
  const sameLine = range.end.line === range.start.line;
  const spanEnd = sameLine ? Math.min(Math.max(range.end.offset, start), text.length) : text.length;
  const midTo = walk(text, start, spanEnd, budget);
  const midCut = midTo < spanEnd && !isLineBreak(text, midTo);
  const end = midCut && sameLine ? spanEnd : midTo;
  const postTo = midCut && !sameLine ? end : walk(text, end, text.length, budget);
  const preFrom = walk(text, start, lineStart, budget);

  let pre = clipped(text, preFrom, start, preFrom > lineStart, false);
  let mid = clipped(text, start, midTo, false, midCut);
  let post = clipped(text, end, postTo, false, postTo < text.length && !isLineBreak(text, postTo));
  if (widthOf(pre) + widthOf(mid) + widthOf(post) > budget) {
    if (widthOf(mid) > budget - 2) {
      mid = [...takeFromStart(mid, budget - 3), ELLIPSIS];
    }
    const remaining = budget - widthOf(mid);
    const preWidth = widthOf(pre);
    const postWidth = widthOf(post);
    // About a third of the room before the span, the rest after it; a short side gives its room away.
    const before = Math.min(preWidth, Math.max(Math.floor(remaining / 3), remaining - postWidth));
    const after = Math.min(postWidth, remaining - before);
    if (before < preWidth) pre = before > 1 ? [ELLIPSIS, ...takeFromEnd(pre, before - 1)] : [];
    if (after < postWidth) post = after > 1 ? [...takeFromStart(post, after - 1), ELLIPSIS] : [];
  }
  return {
    line: range.start.line,
    text: textOf(pre) + textOf(mid) + textOf(post),
    underline: " ".repeat(widthOf(pre)) + "^".repeat(Math.max(1, widthOf(mid))),
    parts: [textOf(pre), textOf(mid), textOf(post)],
  };
}
