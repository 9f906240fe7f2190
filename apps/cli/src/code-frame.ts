import type { Range } from "@reportlint/report-model";
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
const SHOW_AS_CODE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/;

function cells(text: string): Cell[] {
  const out: Cell[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === "\t") out.push({ text: "  ", width: 2 });
    else if (cp < 0x20) out.push({ text: String.fromCodePoint(0x2400 + cp), width: 1 });
    else if (cp === 0x7f) out.push({ text: "\u2421", width: 1 });
    else if (SHOW_AS_CODE.test(ch)) {
      const code = `<U+${cp.toString(16).toUpperCase().padStart(4, "0")}>`;
      out.push({ text: code, width: code.length });
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

/**
 * The line of a finding, trimmed to `maxWidth` terminal columns around the span (with "…" where
 * cut), and an underline that lines up under it with CJK characters counted two columns wide.
 */
export function codeFrame(text: string, range: Range, maxWidth = 100): CodeFrame {
  const lineStart = Math.max(0, range.start.offset - (range.start.column - 1));
  let lineEnd = lineStart;
  while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd++;
  const start = Math.min(Math.max(range.start.offset, lineStart), lineEnd);
  const end = range.end.line === range.start.line ? Math.min(Math.max(range.end.offset, start), lineEnd) : lineEnd;

  let pre = cells(text.slice(lineStart, start));
  let mid = cells(text.slice(start, end));
  let post = cells(text.slice(end, lineEnd));
  const budget = Math.max(10, maxWidth);
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
