// Ordinal enumerations in running text: 一是…二是… (style "shi"), 第一，第二， (style "ordinal")
// and 首先，其次，再次，最后， (style "sequence"). All must start a clause: at the start of the
// paragraph, or after punctuation, a bracket or a space. So 统一是, 第一是 and 位列第一， are not
// items, and 第一责任人, 第一议题, 第一种形态, 第一时间 are not either: an ordinal counts only when
// a comma, 、 or colon follows it, and not in 第一、二季度 (a list of numbers). The sequence words
// need a comma or colon after them too: 其次是行政处罚 ranks (数量最多，其次是…), 最后一公里 and
// 再次召开 are not list items.
import type { EnumerationItem, Paragraph } from "@reportlint/report-model";
import { matchMarks, type BracketMarks, type BracketPair } from "./brackets.js";
import { isSpace } from "./chars.js";
import { isCnNumeralChar, readCnNumeral } from "./numerals.js";
import { objectList } from "./lists.js";

const ITEM = /[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}(?=[，,、：:])|(?:首先|其次|再次|最后)(?=[，,：:])/gu;
const BOUNDARY = new Set([..."。；;：:，,！？!?、（(“‘「『【〔《》）)”’」』】〕—…"].map((c) => c.charCodeAt(0)));
const SEQUENCE: Readonly<Record<string, number | null>> = { 首先: 1, 其次: 2, 再次: 3, 最后: null };
const DUN = 0x3001;

/** The spans of the quote pairs: a loop into an object list, as filter + map of no pair gave another map. */
function quoteSpans(pairs: readonly BracketPair[]): readonly (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = objectList();
  for (const pair of pairs) if (pair.kind === "quote") spans.push([pair.open, pair.close]);
  return spans;
}

/** Finds the enumeration items of every body and heading paragraph. */
export function findEnumerations(text: string, paragraphs: readonly Paragraph[], marks: BracketMarks): EnumerationItem[] {
  const items: EnumerationItem[] = objectList();
  // One scan of the whole text first: a paragraph that no match of it overlaps has no item either
  // (a match in the paragraph alone would have been found there, or overlapped by an earlier one),
  // so most paragraphs are neither copied nor scanned again.
  const hitStarts: number[] = [];
  const hitEnds: number[] = [];
  const hitMarkers: string[] = [];
  for (const m of text.matchAll(ITEM)) {
    hitStarts.push(m.index);
    hitEnds.push(m.index + m[0].length);
    hitMarkers.push(m[0]);
  }
  let hit = 0;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index]!;
    if (p.kind !== "body" && p.kind !== "heading") continue;
    const [start, end] = p.contentSpan;
    while (hit < hitEnds.length && hitEnds[hit]! <= start) hit++;
    if (hit === hitEnds.length || hitStarts[hit]! >= end) continue;
    if (hitStarts[hit]! >= start && hitsEndInside(hitStarts, hitEnds, hit, end)) {
      // The scan of the paragraph alone finds the same matches (none reads past its end): no copy, no second scan.
      let quotes: readonly (readonly [number, number])[] | null = null;
      for (let h = hit; h < hitStarts.length && hitStarts[h]! < end; h++) {
        quotes = pushItem(items, text, hitMarkers[h]!, hitStarts[h]!, start, end, index, marks, quotes);
      }
      continue;
    }
    const content = text.slice(start, end);
    let quotes: readonly (readonly [number, number])[] | null = null;
    // exec on the one expression (it never matches empty): matchAll would copy it per paragraph.
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(content); m !== null; m = ITEM.exec(content)) {
      quotes = pushItem(items, text, m[0], start + m.index, start, end, index, marks, quotes);
    }
  }
  return items;
}

/** True when the matches from `hit` on that start before `end` also end before it. */
function hitsEndInside(hitStarts: readonly number[], hitEnds: readonly number[], hit: number, end: number): boolean {
  for (let h = hit; h < hitStarts.length && hitStarts[h]! < end; h++) if (hitEnds[h]! >= end) return false;
  return true;
}

/**
 * Appends the item a match of ITEM at `at` in the paragraph [start, end) makes, if it is one; returns
 * the paragraph's quote spans, found at its first item.
 */
function pushItem(
  items: EnumerationItem[],
  text: string,
  marker: string,
  at: number,
  start: number,
  end: number,
  paragraph: number,
  marks: BracketMarks,
  known: readonly (readonly [number, number])[] | null,
): readonly (readonly [number, number])[] | null {
  const itemEnd = at + marker.length;
  if (at > start) {
    const before = text.charCodeAt(at - 1);
    if (!BOUNDARY.has(before) && !isSpace(before)) return known;
  }
  const item = readItem(text, marker, at, itemEnd);
  if (!item) return known;
  const quotes = known ?? quoteSpans(matchMarks(marks, start, end).pairs);
  const quoted = quotes.some((q) => q[0] < at && itemEnd <= q[1]);
  // Field by field: a spread here was most of the parser's time on enumerations.
  items.push({ style: item.style, value: item.value, marker, span: [at, itemEnd], paragraph, quoted });
  return quotes;
}

function readItem(text: string, marker: string, at: number, end: number): Pick<EnumerationItem, "style" | "value"> | null {
  if (marker in SEQUENCE) return { style: "sequence", value: SEQUENCE[marker]! };
  const ordinal = marker.startsWith("第");
  // 第一、二季度: the ordinal of a list of numbers.
  if (ordinal && text.charCodeAt(end) === DUN && end + 1 < text.length && isCnNumeralChar(text.charCodeAt(end + 1))) return null;
  const numeralStart = ordinal ? at + 1 : at;
  const numeralEnd = ordinal ? end : end - 1;
  const numeral = readCnNumeral(text, numeralStart, numeralEnd);
  if (!numeral || numeral.end !== numeralEnd) return null;
  return { style: ordinal ? "ordinal" : "shi", value: numeral.value };
}
