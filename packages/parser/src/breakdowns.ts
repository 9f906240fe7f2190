// Breakdowns: counts printed as the parts of another count. Only the text's own markers make one:
//
//   paren         受理67件（裁决21件、线下调解27件）   the count right before the brackets owns the
//                 counts directly inside them (a nested bracket is a breakdown of its own);
//   subset        45件，其中维持32件、撤销5件 / 包括 / 含 / 涉及   the count right before the marker owns
//                 the counts after it to the end of the sentence; a sentence starting with 其中 belongs
//                 to the last count of the sentence before it (公开信息193条。其中：…);
//   respectively  共20件，分别为12件、8件;
//   total-after   建议23件、提案17件，共计41件   a count whose words start with 共计/合计/总计/共/累计 sums
//                 the counts before it back to the previous total.
//
// Exhaustive means the text says the parts make the whole: 共计/合计/总计/一共/总共 after the list,
// 其余/剩余 N as the last part, 分别为. Whether the parts are disjoint is for the rules to judge.
import {
  ATTRIBUTE_MARKERS,
  EXHAUSTIVE_TOTAL_MARKERS,
  LOOSE_TOTAL_MARKERS,
  NEW_TOPIC_MARKERS,
  RESPECTIVELY_MARKER,
  ROLE_WORDS,
  SUBSET_MARKERS as LIST_MARKERS,
  type Breakdown,
  type Clause,
  type Quantity,
  type Rate,
  type Span,
} from "@reportlint/report-model";
import { matchMarks, type BracketMarks, type BracketPair } from "./brackets.js";
import { isSpace } from "./chars.js";
import { firstIndexNotBefore } from "./search.js";
import { objectList } from "./lists.js";

const SUBSET_MARKERS = [...LIST_MARKERS, ...ATTRIBUTE_MARKERS];
const RESPECTIVELY = RESPECTIVELY_MARKER;
const SUBSET_AND_RESPECTIVELY = [...SUBSET_MARKERS, RESPECTIVELY];
const EXHAUSTIVE_TOTALS = EXHAUSTIVE_TOTAL_MARKERS;
const LOOSE_TOTALS = LOOSE_TOTAL_MARKERS;
const ALL_TOTALS = [...EXHAUSTIVE_TOTALS, ...LOOSE_TOTALS];
const TOTAL_WORD = /共|合计|总计|累计/u;
// 其他 alone names the rest; 其他文件类信息 is just another kind of item.
const RESIDUAL = /^(其余|剩余)|^其他$/u;
const NEW_TOPIC = new RegExp(`^(${NEW_TOPIC_MARKERS.join("|")})`, "u");
// Between a whole and its marker only punctuation and a few linking characters may stand.
const LINK = /^[\s，,：:、；;]*$/u;

interface Item {
  readonly index: number;
  readonly span: Span;
  readonly kind: "quantity" | "rate";
}

/** Position of a sentence in the text: its clauses and their common paragraph. */
interface Sentence {
  readonly paragraph: number;
  readonly span: Span;
  readonly clauses: readonly Clause[];
}

function sentencesOf(clauses: readonly Clause[]): Sentence[] {
  // Built in place: copying a sentence's clauses for each new one was quadratic in a sentence of
  // many clauses (a text of ; without a 。, 200,000 characters, took 15 s).
  // Each sentence is made once, at its last clause: no span array per clause added to it.
  const out: Sentence[] = objectList();
  for (let first = 0; first < clauses.length; ) {
    const opening = clauses[first]!;
    let end = first + 1;
    while (end < clauses.length && clauses[end]!.paragraph === opening.paragraph && clauses[end]!.sentence === clauses[end - 1]!.sentence) end++;
    const span: Span = end === first + 1 ? opening.span : [opening.span[0], clauses[end - 1]!.span[1]];
    out.push({ paragraph: opening.paragraph, span, clauses: clauses.slice(first, end) });
    first = end;
  }
  return out;
}

// Never filled: what a count with no breakdown is asked about answers (asked for every count; no new list each time).
const NO_BREAKDOWNS: readonly Breakdown[] = objectList();

/**
 * The breakdowns found so far, indexed by whole and by part: the questions the finders ask of every
 * marker and count (is this count a part already?) cost a look-up, not a scan of every breakdown of
 * the report. `list` keeps the text-independent order of discovery, which `first` respects.
 */
class Found {
  readonly list: Breakdown[] = objectList();
  private readonly position = new Map<Breakdown, number>();
  private readonly byPart = new Map<number, Breakdown[]>();
  private readonly byWhole = new Map<number, Breakdown[]>();

  push(b: Breakdown): void {
    this.position.set(b, this.list.length);
    this.list.push(b);
    this.index(b);
  }

  /** Puts `next` in the place of `previous` (a list extended by later parts). */
  replace(previous: Breakdown, next: Breakdown): void {
    const at = this.position.get(previous)!;
    this.list[at] = next;
    this.position.delete(previous);
    this.position.set(next, at);
    const drop = (map: Map<number, Breakdown[]>, key: number) => map.set(key, map.get(key)!.filter((b) => b !== previous));
    for (const part of new Set(previous.parts)) drop(this.byPart, part);
    if (previous.whole !== null) drop(this.byWhole, previous.whole);
    this.index(next);
  }

  private index(b: Breakdown): void {
    for (const part of new Set(b.parts)) this.byPart.set(part, [...(this.byPart.get(part) ?? []), b]);
    if (b.whole !== null) this.byWhole.set(b.whole, [...(this.byWhole.get(b.whole) ?? []), b]);
  }

  /** True when the count is a part of some breakdown. */
  isPart(quantity: number): boolean {
    return (this.byPart.get(quantity)?.length ?? 0) > 0;
  }

  /** The breakdowns with this count as their whole. */
  ofWhole(quantity: number): readonly Breakdown[] {
    return this.byWhole.get(quantity) ?? NO_BREAKDOWNS;
  }

  /** The first breakdown, in the order found, among `among` that satisfies `test`. */
  first(among: readonly Breakdown[], test: (b: Breakdown) => boolean): Breakdown | undefined {
    let best: Breakdown | undefined;
    for (const b of among) if (test(b) && (best === undefined || this.position.get(b)! < this.position.get(best)!)) best = b;
    return best;
  }

  /** True when `a` was found before `b`. */
  before(a: Breakdown, b: Breakdown): boolean {
    return this.position.get(a)! < this.position.get(b)!;
  }

  /** The breakdowns with this count among their parts. */
  withPart(quantity: number): readonly Breakdown[] {
    return this.byPart.get(quantity) ?? NO_BREAKDOWNS;
  }
}

/** Index of the first item starting at or after `offset` (items are in text order): a bisection. */
const firstFrom = (items: readonly Item[], offset: number) => firstIndexNotBefore(items.length, (i) => items[i]!.span[0] < offset);

/** The last item ending at or before `offset` that passes `test` (the nearest first, without a copy). */
function lastEndingBy(items: readonly Item[], offset: number, test: (item: Item) => boolean = () => true): Item | undefined {
  for (let k = firstFrom(items, offset) - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.span[1] <= offset && test(item)) return item;
  }
  return undefined;
}

const NO_PAIRS: readonly BracketPair[] = objectList();
// Never filled: the items of a sentence without a number.
const NO_ITEMS: Item[] = objectList();

/** The offsets of the opening round brackets of the text, in order: read off its marks, not a scan of the text. */
function roundOpeners(marks: BracketMarks): number[] {
  const out: number[] = [];
  for (const at of marks.at) {
    const c = marks.text.charCodeAt(at);
    if (c === 0x28 || c === 0xff08) out.push(at); // ( （
  }
  return out;
}

/** True when every item is a quantity (no rate). */
function onlyQuantities(items: readonly Item[]): boolean {
  for (const item of items) if (item.kind !== "quantity") return false;
  return true;
}

const inside = (span: Span, pair: BracketPair) => span[0] > pair.open && span[1] <= pair.close;

/** True when the span is inside some pair (at bracket depth above 0). */
function insideAny(span: Span, pairs: readonly BracketPair[]): boolean {
  for (const p of pairs) if (inside(span, p)) return true;
  return false;
}
/** The first of the words that `s` starts with, or null (a loop: a `find` callback is a closure per call). */
function startsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}

/** Finds the breakdowns of a report from its clauses and the quantities and rates already read. */
export function findBreakdowns(
  text: string,
  clauses: readonly Clause[],
  quantities: readonly Quantity[],
  rates: readonly Rate[],
  marks: BracketMarks,
): Breakdown[] {
  const out = new Found();
  // Loops, not map + spread: an empty `quantities` or `rates` has another map, which deoptimized this.
  const items: Item[] = objectList();
  for (let index = 0; index < quantities.length; index++) items.push({ index, span: quantities[index]!.span, kind: "quantity" });
  for (let index = 0; index < rates.length; index++) items.push({ index, span: rates[index]!.span, kind: "rate" });
  items.sort((a, b) => a.span[0] - b.span[0]);
  let cursor = 0;
  const opens = roundOpeners(marks);
  let openAt = 0;
  let previous: { sentence: Sentence; top: Item[] } | null = null;
  // The last sentence with a count: an "among" list names its whole by words (受理案件中…) and may
  // follow it past a sentence without counts, into the next paragraph (…受理34件。其中…占94.11%。⏎
  // 案件类型情况：受理案件中投诉举报类12件…).
  let counted: { sentence: Sentence; top: Item[] } | null = null;

  for (const sentence of sentencesOf(clauses)) {
    while (cursor < items.length && items[cursor]!.span[0] < sentence.span[0]) cursor++;
    // Most sentences hold no number: they share one empty list (read only) instead of a list each.
    const here: Item[] = cursor < items.length && items[cursor]!.span[0] < sentence.span[1] ? objectList() : NO_ITEMS;
    for (let k = cursor; k < items.length && items[k]!.span[0] < sentence.span[1]; k++) here.push(items[k]!);
    // A sentence without a count has no list; it is still the sentence before the next one.
    if (!here.some((item) => item.kind === "quantity")) {
      previous = { sentence, top: here };
      continue;
    }
    // A sentence without an opening round bracket has no round pair: it is not matched at all.
    while (openAt < opens.length && opens[openAt]! < sentence.span[0]) openAt++;
    const parens =
      openAt < opens.length && opens[openAt]! < sentence.span[1]
        ? matchMarks(marks, sentence.span[0], sentence.span[1]).pairs.filter((p) => p.kind === "paren")
        : NO_PAIRS;
    // Plain loops: closures here would capture `parens`, and V8 would allocate this loop's scope per sentence.
    // A list that would copy another whole is that list (all are read only): most sentences have no bracket and no rate.
    let top: Item[] = here;
    if (parens.length > 0) {
      top = objectList();
      for (const item of here) if (!insideAny(item.span, parens)) top.push(item);
    }
    let topQuantities: Item[] = top;
    if (!onlyQuantities(top)) {
      topQuantities = objectList();
      for (const item of top) if (item.kind === "quantity") topQuantities.push(item);
    }

    for (const pair of parens) parenBreakdown(text, pair, parens, here, quantities, out);
    subsetBreakdowns(text, sentence, top, topQuantities, quantities, previous, out);
    amongBreakdowns(text, sentence, topQuantities, quantities, previous, counted, out);
    totalAfterBreakdowns(topQuantities, quantities, out);

    previous = { sentence, top };
    counted = previous;
  }
  return out.list.sort((a, b) => a.span[0] - b.span[0]);
}

function markersIn(quantities: readonly Quantity[], parts: readonly number[], extra: string[]): string[] {
  const last = parts.at(-1);
  const residual = last === undefined ? undefined : RESIDUAL.exec(quantities[last]!.label)?.[0];
  return residual ? [...extra, residual] : extra;
}

/** 受理67件（裁决21件、线下调解27件、结案率83.3%）: the count right before the brackets owns what is directly inside. */
function parenBreakdown(
  text: string,
  pair: BracketPair,
  parens: readonly BracketPair[],
  here: readonly Item[],
  quantities: readonly Quantity[],
  out: Found,
): void {
  let before = pair.open;
  while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
  let owner = here.find((item) => item.kind === "quantity" && item.span[1] === before);
  // Directly inside: inside this pair and no pair nested within it.
  const direct = here.filter((item) => inside(item.span, pair) && !parens.some((p) => p !== pair && p.open > pair.open && p.close < pair.close && inside(item.span, p)));
  const parts: number[] = [];
  for (const item of direct) if (item.kind === "quantity") parts.push(item.index);
  if (parts.length === 0) return;
  if (!owner) {
    // 承办提案146件，满意率达100%（满意144件，基本满意2件）: the brackets after a rate part the count
    // the rate is of, the last count of the parts' kind before it outside brackets.
    const rate = here.find((item) => item.kind === "rate" && item.span[1] === before);
    const depth = (span: Span) => parens.filter((p) => inside(span, p)).length;
    owner = rate
      ? here.filter((item) => item.kind === "quantity" && item.span[1] <= rate.span[0] && depth(item.span) === 0 && sameKind(quantities[item.index]!, quantities[parts[0]!]!)).at(-1)
      : undefined;
  }
  if (!owner) return;
  const content = text.slice(pair.open + 1, pair.close).trim();
  const markers = [startsWithAny(content, SUBSET_MARKERS), /等\s*$/u.test(content) ? "等" : null].filter((m): m is string => m !== null);
  const all = markersIn(quantities, parts, markers);
  out.push({
    whole: owner.index,
    parts,
    rates: direct.filter((item) => item.kind === "rate").map((item) => item.index),
    form: "paren",
    markers: all,
    exhaustive: all.some((m) => RESIDUAL.test(m)),
    span: [owner.span[0], pair.close + 1],
  });
}

// Words that make a count a total of its own: the list before it has ended.
const TOTAL_IN_LABEL = /总额|总量|总值|总数|总产|总规模|合计|总计/u;

/** The head noun two labels share at their end (信息, 申请), or "". */
function sharedTail(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  // Two characters make a noun (信息, 申请); one is enough for categories (咨询类, 求助类).
  return n >= 2 || (n === 1 && a.endsWith("类")) ? a.slice(a.length - n) : "";
}

/**
 * The counts a list marker introduces: those after it to the end of its clause. A list opened
 * with a colon (其中：…；…；…) runs over ；, and so does one whose next part names the same kind of
 * thing as its first (其中…类信息86条；…动态信息473条); one that moves on (…单位申请10件；办结280件) ends.
 * A new topic, a total, or a nested list ends it too; a nested list's own parts are skipped.
 */
function listAfterMarker(
  text: string,
  from: number,
  end: number,
  rest: string,
  topQuantities: readonly Item[],
  quantities: readonly Quantity[],
  overSemicolons = false,
): number[] {
  const parts: number[] = [];
  const colon = overSemicolons || /^[：:]/u.test(rest.trimStart());
  let clauseEnd = clauseEndAfter(text, from, end);
  let nestedUntil = -1;
  for (let k = firstFrom(topQuantities, from); k < topQuantities.length; k++) {
    const item = topQuantities[k]!;
    if (item.span[0] < nestedUntil) continue;
    const label = quantities[item.index]!.label;
    if (item.span[0] >= clauseEnd) {
      const first = parts.length > 0 ? quantities[parts[0]!]!.label : "";
      if (!colon && sharedTail(first, label) === "") break;
      clauseEnd = clauseEndAfter(text, item.span[0], end);
    }
    if (parts.length > 0) {
      const otherKind = !(overSemicolons ? sameUnit : sameKind)(quantities[item.index]!, quantities[parts[0]!]!);
      if (!(overSemicolons && otherKind) && (NEW_TOPIC.test(label) || startsWithAny(label, ALL_TOTALS) || TOTAL_IN_LABEL.test(label))) break;
      // A count of another kind (…853个，…共配备专职调解员111名) starts another statement — unless
      // it sits inside the words of a part of the list (属于四类过程性信息1件).
      if (otherKind) {
        if (insideNextPart(text, item, topQuantities, end)) continue;
        // X中，A…，合计增收2.5亿元；B…: an amount said of one part; the list goes on after its ；.
        if (overSemicolons) {
          nestedUntil = clauseEndAfter(text, item.span[0], end);
          continue;
        }
        break;
      }
      // …302.26亿元，其中工业263.21亿元…；第三产业…: the nested list is its own breakdown.
      if (startsWithAny(label, SUBSET_MARKERS)) {
        nestedUntil = clauseEndAfter(text, item.span[0], end);
        continue;
      }
    }
    parts.push(item.index);
  }
  return parts;
}

/** True when another count follows `item` before the next list or clause mark: it is part of that count's words. */
function insideNextPart(text: string, item: Item, topQuantities: readonly Item[], end: number): boolean {
  const next = topQuantities[firstFrom(topQuantities, item.span[1])];
  if (!next || next.span[0] >= end) return false;
  return !/[，,、；;。：:]/u.test(text.slice(item.span[1], next.span[0]));
}

/** Positions of the semicolons and opening brackets of the last text asked about, in text order. */
let marks: { text: string; semicolons: number[]; openers: number[] } | null = null;

function marksOf(text: string): { semicolons: number[]; openers: number[] } {
  if (marks?.text !== text) {
    const semicolons: number[] = [];
    const openers: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === "；" || c === ";") semicolons.push(i);
      else if (c === "（" || c === "(") openers.push(i);
    }
    marks = { text, semicolons, openers };
  }
  return marks;
}

/** Where the clause holding `offset` ends: at the next ； or ; (outside brackets), or at `end`. */
function clauseEndAfter(text: string, offset: number, end: number): number {
  // Without a semicolon ahead the clause runs to the end; without a bracket opening before the next
  // one, that one ends it. Both are looked up, so a long sentence is not scanned for every marker.
  const { semicolons, openers } = marksOf(text);
  const next = semicolons[firstIndexNotBefore(semicolons.length, (i) => semicolons[i]! < offset)] ?? end;
  if (next >= end) return end;
  const opener = openers[firstIndexNotBefore(openers.length, (i) => openers[i]! < offset)] ?? end;
  if (opener >= next) return next;
  let depth = 0;
  for (let i = offset; i < end; i++) {
    const c = text[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && (c === "；" || c === ";")) return i;
  }
  return end;
}

// 个 counts things, places, bodies, cases…, never people, money or measures.
const NOT_COUNTED_BY_GE = new Set(["person", "person-visit", "money", "time", "area", "weight", "length", "energy"]);

/** Two counts that can be parts of one whole: the same unit, any money, or 个 (which counts most things). */
function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.unit === b.unit || (a.dimension === "money" && b.dimension === "money")) return true;
  if (a.unit === "个" || b.unit === "个") return !NOT_COUNTED_BY_GE.has(a.unit === "个" ? b.dimension : a.dimension);
  // 收到8份申请。其中，予以公开2件…: applications are counted in 份 and 件 alike.
  return (a.unit === "件" && b.unit === "份") || (a.unit === "份" && b.unit === "件");
}

/** Two counts in one unit (件 and 份 alike), or two amounts of money: 个 here counts one kind of thing. */
function sameUnit(a: Quantity, b: Quantity): boolean {
  return a.unit === "个" || b.unit === "个" ? a.unit === b.unit : sameKind(a, b);
}

// Between a whole and its 其中 the text may report the whole's change first: 1503件，比增19.1%，其中…;
// 29.3万件，同比增长14.45%，其中…; 110批1731人次，与上月相比批次、人次分别上升52.78%、45.34%，其中…
const CHANGE_BETWEEN = /^[\s，,、；;：:]*(?:与上[月年期周]相比|比上[月年期周]|较上[月年期周]|比去年|较去年|同比|环比|比增|比降|批次、人次|人次、批次|分别|增长|下降|上升|减少|提高|降低|增加|[\s，,、；;：:])*$/u;

// …or its share of a larger whole: 法规文件类信息25条，占总体的比例为3.4%，其中规章类文件2条.
const SHARE_BETWEEN = /^[\s，,]*占[^，,；;。]{0,16}[\s，,]*$/u;

/** The text between two offsets with the rates in it left out. */
function withoutRates(text: string, from: number, to: number, items: readonly Item[]): string {
  let out = "";
  let at = from;
  for (let k = firstFrom(items, from); k < items.length && items[k]!.span[0] < to; k++) {
    const item = items[k]!;
    if (item.kind !== "rate" || item.span[1] > to) continue;
    out += text.slice(at, item.span[0]);
    at = item.span[1];
  }
  return out + text.slice(at, to);
}

/**
 * 涉及劳动者5.27万人，其中追发工资近4亿元，涉及农民工4.15万人: the counts of the clause after a 其中 at
 * `offset` that are of the kind of the nearest count before it (个 left out), when the clause does
 * not open with one of them; else none.
 */
function ownKindAfter(text: string, offset: number, end: number, topQuantities: readonly Item[], quantities: readonly Quantity[]): number[] {
  const clauseEnd = clauseEndAfter(text, offset, end);
  const nearest = lastEndingBy(topQuantities, offset);
  if (!nearest) return [];
  const own: number[] = [];
  let firstInClause: Item | undefined;
  let firstOwn: Item | undefined;
  for (const item of topQuantities) {
    if (item.span[0] <= offset || item.span[0] >= clauseEnd) continue;
    firstInClause ??= item;
    if (!sameUnit(quantities[nearest.index]!, quantities[item.index]!) || quantities[item.index]!.unit === "个") continue;
    firstOwn ??= item;
    own.push(item.index);
  }
  return firstOwn !== undefined && firstOwn !== firstInClause ? own : [];
}

/** The first subset breakdown of `whole` found with this marker that shares no part with `parts`. */
function firstOtherSubset(out: Found, whole: number, marker: string, parts: readonly number[]): Breakdown | undefined {
  let best: Breakdown | undefined;
  for (const b of out.ofWhole(whole)) {
    if (b.form !== "subset" || !b.markers.includes(marker) || sharesPart([b], parts)) continue;
    if (best === undefined || out.before(b, best)) best = b;
  }
  return best;
}

/** True when some breakdown of the list has one of `parts` among its parts. */
function sharesPart(breakdowns: readonly Breakdown[], parts: readonly number[]): boolean {
  for (const b of breakdowns) for (const p of parts) if (b.parts.includes(p)) return true;
  return false;
}

/** ，其中/包括/含/涉及 …  and  ，分别为 …: the count the marker refers to owns the counts after it. */
function subsetBreakdowns(
  text: string,
  sentence: Sentence,
  top: readonly Item[],
  topQuantities: readonly Item[],
  quantities: readonly Quantity[],
  previous: { sentence: Sentence; top: Item[] } | null,
  out: Found,
): void {
  const [start, end] = sentence.span;
  const sentenceText = text.slice(start, end);
  // Markers in text order, so a 含 list before a 其中 is known when the 其中 looks for its whole.
  const found: { marker: string; at: number }[] = objectList();
  for (const marker of SUBSET_AND_RESPECTIVELY) {
    for (let at = sentenceText.indexOf(marker); at >= 0; at = sentenceText.indexOf(marker, at + marker.length)) found.push({ marker, at });
  }
  // Most sentences with a count hold no marker: nothing more is built for them.
  if (found.length === 0) return;
  found.sort((a, b) => a.at - b.at || b.marker.length - a.marker.length);
  // The furthest end of the items before each one: whether an item covers an offset is one look-up.
  const reachBefore = [-1];
  for (const item of top) reachBefore.push(Math.max(reachBefore.at(-1)!, item.span[1]));
  for (const { marker, at } of found) {
    const offset = start + at;
    // 含 inside 包含, and markers inside brackets or inside a part's own words, are not list markers.
    if (marker === "含" && sentenceText[at - 1] === "包") continue;
    if (reachBefore[firstFrom(top, offset + 1)]! > offset) continue;
    let parts = listAfterMarker(text, offset + marker.length, end, sentenceText.slice(at + marker.length), topQuantities, quantities);
    if (parts.length === 0) continue;
    const first = quantities[parts[0]!]!;
    let whole = wholeOfMarker(text, sentence, at, offset, marker, first, topQuantities, top, quantities, previous, out);
    if (!whole && marker === "其中") {
      // 涉及劳动者5.27万人，其中追发工资近4亿元，涉及农民工4.15万人: the list opens with an amount said
      // of the whole; its parts are the counts of the whole's kind in the clause.
      const own = ownKindAfter(text, offset, end, topQuantities, quantities);
      if (own.length > 0) {
        whole = wholeOfMarker(text, sentence, at, offset, marker, quantities[own[0]!]!, topQuantities, top, quantities, previous, out);
        if (whole) parts = own;
      }
    }
    if (!whole) continue;
    // A list under a count that is itself a part (…第二产业302.26亿元，其中工业263.21亿元；第三产业…)
    // ends at its ；, where the outer list goes on.
    if (out.isPart(whole.index)) {
      const clauseEnd = clauseEndAfter(text, offset, end);
      while (parts.length > 0 && quantities[parts.at(-1)!]!.span[0] >= clauseEnd) parts.pop();
      if (parts.length === 0) continue;
    }
    // A second 涉及 after a first one's part lists more attributes of the same whole.
    const earlier = marker === "涉及" ? firstOtherSubset(out, whole.index, marker, parts) : undefined;
    const markers = markersIn(quantities, parts, [marker, ...(/等[^，。；]{0,6}$/u.test(sentenceText) ? ["等"] : [])]);
    const respectively = marker === RESPECTIVELY || sentenceText.includes(RESPECTIVELY, at);
    if (earlier && marker === "涉及") {
      out.replace(earlier, { ...earlier, parts: [...earlier.parts, ...parts], span: [earlier.span[0], quantities[parts.at(-1)!]!.span[1]] });
      continue;
    }
    if (sharesPart(out.ofWhole(whole.index), parts)) continue;
    out.push({
      whole: whole.index,
      parts,
      rates: [],
      form: marker === RESPECTIVELY ? "respectively" : "subset",
      markers: respectively && marker !== RESPECTIVELY ? [...markers, RESPECTIVELY] : markers,
      exhaustive: respectively || markers.some((m) => RESIDUAL.test(m)),
      span: [whole.span[0], quantities[parts.at(-1)!]!.span[1]],
    });
  }
}

// 151件中，… / 13个实现收入的税种中，… / 在已审结的案件中，…: "among" opens a list of its parts.
const AMONG = /中\s*[，,：:]?/gu;
// …正在办理中， …审理中： are states, not wholes.
const IN_PROGRESS = /(?:办理|审理|审查|进行|处理|实施|推进|建设|整改|调查|核查|运行|落实|执行|研究|协调|起草|修订|公示|征求意见)$/u;
// By code unit: tested for every character back to a clause start (a regex and a string per character).
const CLAUSE_MARKS = new Set([..."，,；;。：:、"].map((c) => c.charCodeAt(0)));
const AMONG_NOUN = /(?:案件|事项|申请|诉求|信件|来信|来访|纠纷|问题|工单|投诉|举报|线索|企业|单位)$/u;

/**
 * The count the words before 中 name: the nearest count ending by `clauseStart`, in the sentence or
 * in `before`, whose label's last two characters are in the words (已审结的案件 → 审结27宗).
 */
function countNamedBy(
  words: string,
  clauseStart: number,
  offset: number,
  before: readonly Item[],
  topQuantities: readonly Item[],
  quantities: readonly Quantity[],
): Item | undefined {
  // Nearest first: the sentence's counts before `offset`, then those of the sentence before.
  for (let k = firstFrom(topQuantities, offset) - 1; k >= 0; k--) {
    if (namesCount(words, clauseStart, topQuantities[k]!, quantities)) return topQuantities[k];
  }
  for (let k = before.length - 1; k >= 0; k--) if (namesCount(words, clauseStart, before[k]!, quantities)) return before[k];
  return undefined;
}

function namesCount(words: string, clauseStart: number, item: Item, quantities: readonly Quantity[]): boolean {
  if (item.kind !== "quantity" || item.span[1] > clauseStart) return false;
  const label = quantities[item.index]!.label.replace(/[\s，,：:]+$/u, "");
  return label.length >= 2 && words.includes(label.slice(-2));
}

/**
 * X中，A…；B…: the count X names (right before 中, or named by the words before 中 and printed in
 * the sentence or the one before: 审结27宗…。在已审结的案件中，胜诉24宗，撤诉3宗) owns the counts after.
 */
function amongBreakdowns(
  text: string,
  sentence: Sentence,
  topQuantities: readonly Item[],
  quantities: readonly Quantity[],
  previous: { sentence: Sentence; top: Item[] } | null,
  counted: { sentence: Sentence; top: Item[] } | null,
  out: Found,
): void {
  const [start, end] = sentence.span;
  const sentenceText = text.slice(start, end);
  // Every match of AMONG holds 中: a sentence without one, most of them, is passed after one native search.
  if (!sentenceText.includes("中")) return;
  // Counts of the sentence before in its paragraph; when that one has none, of the last sentence
  // with counts, in this paragraph or the one before.
  const before =
    previous && previous.sentence.paragraph === sentence.paragraph && previous.top.some((item) => item.kind === "quantity")
      ? previous.top
      : counted && counted.sentence.paragraph >= sentence.paragraph - 1
        ? counted.top
        : [];
  // exec on the one expression: matchAll would copy it for every sentence.
  AMONG.lastIndex = 0;
  for (let match = AMONG.exec(sentenceText); match !== null; match = AMONG.exec(sentenceText)) {
    const offset = start + match.index;
    if (sentenceText[match.index - 1] === "其") continue;
    // Without a mark after it, 中 is only read as "among" after a noun of things counted (受理案件中投诉
    // 举报类12件) and not as part of a word (理论学习中心组, 中央, 中小企业).
    const marked = match[0].length > 1;
    if (!marked && (!AMONG_NOUN.test(sentenceText.slice(Math.max(0, match.index - 4), match.index)) || /[心国央小级期华共直学医间部外断途]/u.test(sentenceText[match.index + 1] ?? ""))) continue;
    let clauseStart = offset;
    while (clauseStart > start && !CLAUSE_MARKS.has(text.charCodeAt(clauseStart - 1))) clauseStart--;
    const nearest = lastEndingBy(topQuantities, offset);
    let whole: Item | undefined;
    let words: string;
    if (nearest && nearest.span[0] >= clauseStart) {
      if (!marked) continue;
      words = text.slice(nearest.span[1], offset);
      if (!/^[\p{Script=Han}的]{0,16}$/u.test(words)) continue;
      whole = nearest;
    } else {
      words = text.slice(clauseStart, offset).replace(/^\s*在/u, "");
      if (!/^[\p{Script=Han}的]{2,12}$/u.test(words)) continue;
      whole = countNamedBy(words, clauseStart, offset, before, topQuantities, quantities);
    }
    if (!whole || IN_PROGRESS.test(words)) continue;
    const parts = listAfterMarker(text, offset + match[0].length, end, sentenceText.slice(match.index + match[0].length), topQuantities, quantities, true);
    if (parts.length === 0) continue;
    // The same unit (a 个 whole or part counts anything, so it does not vouch for the pair).
    const [w, first] = [quantities[whole.index]!, quantities[parts[0]!]!];
    if (!sameUnit(w, first) || (w.unit === "个" && !marked)) continue;
    if (parts.some((p) => out.isPart(p))) continue;
    out.push({
      whole: whole.index,
      parts,
      rates: [],
      form: "subset",
      markers: markersIn(quantities, parts, ["中"]),
      exhaustive: markersIn(quantities, parts, []).length > 0,
      span: [Math.min(whole.span[0], quantities[parts[0]!]!.span[0]), quantities[parts.at(-1)!]!.span[1]],
    });
  }
}

/**
 * The count a list marker refers to: the count right before it (perhaps past a clause reporting
 * that count's change, 1503件，比增19.1%，其中…); at the start of a clause, the nearest earlier count of
 * the same kind in the sentence (…4958份，责令…；其中，…43份); at the start of a sentence, the main
 * total of the sentence before (公开信息193条。其中：…).
 */
function wholeOfMarker(
  text: string,
  sentence: Sentence,
  at: number,
  offset: number,
  marker: string,
  firstPart: Quantity,
  topQuantities: readonly Item[],
  top: readonly Item[],
  quantities: readonly Quantity[],
  previous: { sentence: Sentence; top: Item[] } | null,
  out: Found,
): Item | null {
  let nearest = lastEndingBy(topQuantities, offset) ?? null;
  // 共审结58件，含往年积案3件；其中维持41件…: the count before is a 含 part of the main total, which
  // 其中 refers to.
  // A part of a 其中 list is the whole of a nested 其中 (其中：政策文件320条，其中规章12条…), so only 含 parts.
  const owner =
    nearest && marker === "其中" ? out.first(out.withPart(nearest.index), (b) => b.whole !== null && b.markers.includes("含")) : undefined;
  if (owner) nearest = lastEndingBy(topQuantities, offset, (item) => item.index === owner.whole) ?? nearest;
  if (nearest) {
    // A note in brackets right after the whole (135件(含上年度结转)，245件（含上年度结转15件），其中…)
    // does not part them.
    const between = withoutRates(text, nearest.span[1], offset, top)
      .replace(/^\s*[（(][^（）()]{0,30}[）)]/u, "")
      .replace(/[（(][^（）()\d]{0,20}[）)]/gu, "");
    // 抽调4名干部组成专项督查组，其中六人…: a few words naming what the whole counts.
    const words = marker === "其中" && /^[\p{Script=Han}]{1,12}[，,：:]\s*$/u.test(between);
    if (LINK.test(between) || CHANGE_BETWEEN.test(between) || SHARE_BETWEEN.test(between) || words) {
      // 涉及劳动者5.27万人，其中追发…4亿元: the whole is of the parts' kind.
      return sameKind(quantities[nearest.index]!, firstPart) ? nearest : null;
    }
  }
  if (at === 0) {
    if (marker !== "其中" || !previous || previous.sentence.paragraph !== sentence.paragraph) return null;
    return mainTotalOf(previous, out, firstPart, quantities);
  }
  // At the start of a clause (after ；or ：): the nearest earlier count of the parts' kind.
  const lead = text.slice(Math.max(sentence.span[0], offset - 2), offset);
  if (marker === "其中" && /[；;：:]\s*$/u.test(lead)) {
    const isPart = (item: Item) => out.isPart(item.index);
    return lastEndingBy(topQuantities, offset, (item) => !isPart(item) && sameKind(quantities[item.index]!, firstPart)) ?? null;
  }
  return null;
}

/**
 * The count a sentence-initial 其中 refers to: the last count of the sentence before that is not
 * itself a part (公开信息193条。其中：… ; 答复申请820件，含上年结转申请12件。其中，… → 820, never the
 * 含 part), provided only its own parts and punctuation follow it in that sentence.
 */
function mainTotalOf(
  previous: { sentence: Sentence; top: Item[] },
  out: Found,
  firstPart: Quantity,
  quantities: readonly Quantity[],
): Item | null {
  const counts = previous.top.filter((item) => item.kind === "quantity" && sameKind(quantities[item.index]!, firstPart));
  const isPart = (item: Item) => out.isPart(item.index);
  const candidate = counts.filter((item) => !isPart(item)).at(-1);
  if (!candidate) return null;
  const after = counts.filter((item) => item.span[0] > candidate.span[0]);
  const owned = after.every((item) => out.ofWhole(candidate.index).some((b) => b.parts.includes(item.index)));
  if (!owned) return null;
  return candidate;
}

/**
 * 收集诉求341件、来信58件，累计办结336件: the words after 共/累计 name a stage of handling (办结) that no
 * count before names, so the count is that stage's, not their total (共结案 after 调解结案… is).
 */
function countsOtherStage(words: string, before: readonly Item[], quantities: readonly Quantity[]): boolean {
  const stage = Object.values(ROLE_WORDS).find((list) => list.includes(words));
  return stage !== undefined && !before.some((item) => stage.some((w) => quantities[item.index]!.label.includes(w)));
}

/** 建议23件、提案17件，共计41件: a total after its parts sums the counts back to the previous total. */
function totalAfterBreakdowns(topQuantities: readonly Item[], quantities: readonly Quantity[], out: Found): void {
  let listStart = 0;
  topQuantities.forEach((item, k) => {
    const printed = quantities[item.index]!.label;
    const label = printed.startsWith("并") || printed.startsWith("又") ? printed.slice(1) : printed;
    const exhaustive = startsWithAny(label, EXHAUSTIVE_TOTALS);
    // 共 and 累计 make a total of the counts before only when little else is said (…，共41件; never
    // 累计办结336件, which is a count of its own).
    const loosePrefix = exhaustive ? null : startsWithAny(label, LOOSE_TOTALS);
    const loose = loosePrefix && label.length - loosePrefix.length <= 2 && !countsOtherStage(label.slice(loosePrefix.length), topQuantities.slice(listStart, k), quantities) ? loosePrefix : null;
    if (!exhaustive && !loose) {
      // A count that owns a list or is itself a total (案件共249宗) ends the run of parts before it.
      if (out.ofWhole(item.index).length > 0 || TOTAL_WORD.test(label)) listStart = k + 1;
      return;
    }
    // The parts stand in the total's own clause (never across ；) and belong to no other list.
    const clause = quantities[item.index]!.clause;
    // A loop, not slice + map + filter: an empty slice's map result has another map (a deopt).
    const parts: number[] = [];
    for (let j = listStart; j < k; j++) {
      const i = topQuantities[j]!.index;
      if (quantities[i]!.clause === clause && !out.isPart(i) && sameKind(quantities[i]!, quantities[item.index]!)) parts.push(i);
    }
    listStart = k + 1;
    if (parts.length < 2) return;
    out.push({
      whole: item.index,
      parts,
      rates: [],
      form: "total-after",
      markers: [exhaustive ?? loose!],
      exhaustive: exhaustive !== null,
      span: [quantities[parts[0]!]!.span[0], item.span[1]],
    });
  });
}
