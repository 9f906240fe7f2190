// Bracket and quote matching inside one paragraph. Clauses are not split inside a pair, years
// inside 《》 or “” get their own context, and a heading's run-in text ends outside brackets.

import { objectList } from "./lists.js";

/** Which family a matched pair belongs to. */
export type PairKind = "paren" | "quote" | "title" | "square";

/** A matched opening and closing mark; `open` and `close` are the offsets of the two marks. */
export interface BracketPair {
  readonly open: number;
  readonly close: number;
  readonly kind: PairKind;
}

/** Result of matching: pairs in order of their opening mark, and openers never closed. */
export interface BracketMatch {
  readonly pairs: readonly BracketPair[];
  readonly unclosed: readonly number[];
}

// Opening marks with the closing marks that end them. （ may close with ) and ( with ） because
// reports mix widths. Each opener is a type; a closer may end several types.
const MARKS: readonly (readonly [string, string, PairKind])[] = [
  ["（", "）)", "paren"],
  ["(", ")）", "paren"],
  ["“", "”", "quote"],
  ["‘", "’", "quote"],
  ["「", "」", "quote"],
  ["『", "』", "quote"],
  ["《", "》", "title"],
  ["〈", "〉", "title"],
  ["【", "】", "square"],
  ["〔", "〕", "square"],
  ["[", "]", "square"],
  ["［", "］", "square"],
];

// Lookup tables by UTF-16 code unit: the scan runs over every character of every paragraph.
const OPEN_TYPE = new Uint8Array(0x10000); // type + 1, or 0
const CLOSES = new Uint16Array(0x10000); // bit (type) set for each type the mark closes
const IS_MARK = new Uint8Array(0x10000); // 1 for an opener or a closer
const KIND_OF_TYPE: PairKind[] = [];
MARKS.forEach(([open, closers, kind], type) => {
  OPEN_TYPE[open.charCodeAt(0)] = type + 1;
  IS_MARK[open.charCodeAt(0)] = 1;
  KIND_OF_TYPE.push(kind);
  for (const c of closers) {
    CLOSES[c.charCodeAt(0)] = CLOSES[c.charCodeAt(0)]! | (1 << type);
    IS_MARK[c.charCodeAt(0)] = 1;
  }
});

/** True for a closing bracket or quote mark. */
export function isClosingMark(c: number): boolean {
  return c < 0x10000 && CLOSES[c] !== 0;
}

/** True for an opening bracket or quote mark. */
export function isOpeningMark(c: number): boolean {
  return c < 0x10000 && OPEN_TYPE[c] !== 0;
}

/**
 * Every bracket and quote mark of one text, in text order: found in one scan per parse, so that
 * matching a range visits only the marks in it, not every character again (a paragraph was
 * scanned by parse, its headings, enumerations, named lists and breakdowns in turn).
 */
export interface BracketMarks {
  readonly text: string;
  readonly at: readonly number[];
}

/** The offsets of the bracket and quote marks of `text` in [start, end). */
function markOffsets(text: string, start: number, end: number): number[] {
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Most characters are ideographs, and no mark is one: the tables are not looked at for them.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (IS_MARK[c] !== 0) at.push(i);
  }
  return at;
}

// Any opening or closing mark of MARKS (every one a single code unit): the whole text is scanned by
// the expression, whose compiled loop is cheaper per character than a loop of charCodeAt.
const MARK_CHARS = [...new Set(MARKS.flatMap(([open, closers]) => [open, ...closers]))];
const ANY_MARK = new RegExp(`[${MARK_CHARS.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

/** The marks of the whole text, for matchMarks. */
export function indexMarks(text: string): BracketMarks {
  const at: number[] = [];
  ANY_MARK.lastIndex = 0;
  // test, not exec: no match object per mark; each match is one code unit, ending at lastIndex.
  while (ANY_MARK.test(text)) at.push(ANY_MARK.lastIndex - 1);
  return { text, at };
}

/** The first index of `at` (ascending) whose offset is not below `offset`. */
function firstMarkFrom(at: readonly number[], offset: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Matches brackets and quotes in [start, end). A closer pairs with the nearest open mark of its
 * type; openers skipped over that way stay unclosed, and a closer with no opener is ignored, so
 * one stray mark never swallows the rest of the paragraph. Pairs never partly overlap.
 */
export function matchBrackets(text: string, start: number, end: number): BracketMatch {
  const at = markOffsets(text, start, end);
  return matchOffsets(text, at, 0, at.length);
}

/** matchBrackets(marks.text, start, end), from the marks found beforehand: the same pairs and unclosed. */
export function matchMarks(marks: BracketMarks, start: number, end: number): BracketMatch {
  const at = marks.at;
  const from = firstMarkFrom(at, start);
  let to = from;
  while (to < at.length && at[to]! < end) to++;
  return matchOffsets(marks.text, at, from, to);
}

// Open marks per type while matchOffsets runs; all zero between its calls.
const OPEN_OF_TYPE = new Uint32Array(MARKS.length);
// The stack of open marks, kept between calls and grown when a range has more marks: three slots per
// entry (offset, type, slot in `pairs`). Three arrays per call were most of what matching allocated.
let stack = new Int32Array(3 * 64);

/** The matching of matchBrackets over the marks at[from..to) (the marks of the range, ascending). */
function matchOffsets(text: string, at: readonly number[], from: number, to: number): BracketMatch {
  // Closers before the first opener are ignored, so the work starts there; most sentences have no
  // mark at all and share one empty result.
  let first = from;
  while (first < to && OPEN_TYPE[text.charCodeAt(at[first]!)] === 0) first++;
  if (first === to) return NO_MARKS;
  if (stack.length < 3 * (to - first)) stack = new Int32Array(3 * (to - first));
  const open3 = stack;
  let depth = 0;
  // Each opener takes a slot in `pairs` when it opens, filled if it closes: the pairs come out in
  // the order of their opening marks without a sort (and dropped slots are squeezed out at the end).
  const pairs: (BracketPair | null)[] = [];
  const unclosed: number[] = [];
  // Open marks per type on the stack: a closer with none of its types open skips the stack walk,
  // so every walk ends at a match and pops what it passed (linear; （ × n then ] × n was quadratic).
  // One table for every call, zero between calls: a typed array made per call cost more than the matching.
  const openOfType = OPEN_OF_TYPE;
  let openTypes = 0; // bit (type) set while openOfType[type] > 0
  // No closure for the pop: one capturing openTypes would keep it in memory rather than a register.
  for (let m = first; m < to; m++) {
    const i = at[m]!;
    const c = text.charCodeAt(i);
    const open = OPEN_TYPE[c]!;
    if (open !== 0) {
      open3[3 * depth] = i;
      open3[3 * depth + 1] = open - 1;
      open3[3 * depth + 2] = pairs.length;
      depth++;
      pairs.push(null);
      openOfType[open - 1]!++;
      openTypes |= 1 << (open - 1);
      continue;
    }
    const closes = CLOSES[c]!;
    if ((closes & openTypes) === 0) continue;
    let k = depth - 1;
    while ((closes & (1 << open3[3 * k + 1]!)) === 0) k--;
    for (;;) {
      depth--;
      const opened = open3[3 * depth]!;
      const type = open3[3 * depth + 1]!;
      const slot = open3[3 * depth + 2]!;
      if (--openOfType[type]! === 0) openTypes &= ~(1 << type);
      if (depth === k) {
        pairs[slot] = { open: opened, close: i, kind: KIND_OF_TYPE[type]! };
        break;
      }
      unclosed.push(opened);
    }
  }
  for (let d = 0; d < depth; d++) {
    unclosed.push(open3[3 * d]!);
    openOfType[open3[3 * d + 1]!] = 0;
  }
  let kept = 0;
  for (const pair of pairs) if (pair !== null) pairs[kept++] = pair;
  if (kept < pairs.length) pairs.length = kept;
  if (unclosed.length > 1) unclosed.sort(ascending);
  return { pairs: pairs as BracketPair[], unclosed };
}

// Not frozen: a frozen array has a map of its own, and every loop reading a result would see two.
const NO_MARKS: BracketMatch = { pairs: objectList<BracketPair>(), unclosed: [] };
const ascending = (a: number, b: number) => a - b;

/** The pairs not inside another pair, in text order (they are disjoint). */
export function outermost(pairs: readonly BracketPair[]): BracketPair[] {
  const out: BracketPair[] = objectList();
  let reach = -1;
  for (const p of pairs) {
    if (p.open > reach) {
      out.push(p);
      reach = p.close;
    }
  }
  return out;
}

/**
 * The first offset in [start, end) outside every pair of `outer` where `test` holds, or -1.
 * `outer` must be outermost pairs in text order.
 */
export function findOutside(
  text: string,
  start: number,
  end: number,
  outer: readonly BracketPair[],
  test: (c: number) => boolean,
): number {
  let k = 0;
  for (let i = start; i < end; i++) {
    while (k < outer.length && outer[k]!.close < i) k++;
    const p = outer[k];
    if (p && p.open <= i) {
      i = p.close;
      continue;
    }
    if (test(text.charCodeAt(i))) return i;
  }
  return -1;
}
