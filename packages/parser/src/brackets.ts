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
const KIND_OF_TYPE: PairKind[] = [];
MARKS.forEach(([open, closers, kind], type) => {
  OPEN_TYPE[open.charCodeAt(0)] = type + 1;
  KIND_OF_TYPE.push(kind);
  for (const c of closers) CLOSES[c.charCodeAt(0)] = CLOSES[c.charCodeAt(0)]! | (1 << type);
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
 * Matches brackets and quotes in [start, end). A closer pairs with the nearest open mark of its
 * type; openers skipped over that way stay unclosed, and a closer with no opener is ignored, so
 * one stray mark never swallows the rest of the paragraph. Pairs never partly overlap.
 */
export function matchBrackets(text: string, start: number, end: number): BracketMatch {
  // Closers before the first opener are ignored, so the work starts there; most sentences have no
  // mark at all and share one empty result.
  let first = start;
  for (; first < end; first++) {
    const c = text.charCodeAt(first);
    // Most characters are ideographs, and no mark is one: the tables are not looked at for them.
    if ((c < 0x4e00 || c > 0x9fff) && OPEN_TYPE[c] !== 0) break;
  }
  if (first === end) return NO_MARKS;
  const stackAt: number[] = [];
  const stackType: number[] = [];
  // Each opener takes a slot in `pairs` when it opens, filled if it closes: the pairs come out in
  // the order of their opening marks without a sort (and dropped slots are squeezed out at the end).
  const stackSlot: number[] = [];
  const pairs: (BracketPair | null)[] = [];
  const unclosed: number[] = [];
  // Open marks per type on the stack: a closer with none of its types open skips the stack walk,
  // so every walk ends at a match and pops what it passed (linear; （ × n then ] × n was quadratic).
  const openOfType = new Uint32Array(MARKS.length);
  let openTypes = 0; // bit (type) set while openOfType[type] > 0
  // No closure for the pop: one capturing openTypes would keep it in memory rather than a register.
  for (let i = first; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    const open = OPEN_TYPE[c]!;
    if (open !== 0) {
      stackAt.push(i);
      stackType.push(open - 1);
      stackSlot.push(pairs.length);
      pairs.push(null);
      openOfType[open - 1]!++;
      openTypes |= 1 << (open - 1);
      continue;
    }
    const closes = CLOSES[c]!;
    if ((closes & openTypes) === 0) continue;
    let k = stackType.length - 1;
    while ((closes & (1 << stackType[k]!)) === 0) k--;
    for (;;) {
      const at = stackAt.pop()!;
      const type = stackType.pop()!;
      const slot = stackSlot.pop()!;
      if (--openOfType[type]! === 0) openTypes &= ~(1 << type);
      if (stackType.length === k) {
        pairs[slot] = { open: at, close: i, kind: KIND_OF_TYPE[type]! };
        break;
      }
      unclosed.push(at);
    }
  }
  for (const at of stackAt) unclosed.push(at); // push(...) overflows the call stack past ~150,000 items
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
