/**
 * What the number rules know about every printed count, computed once per report: its value,
 * unit, role word, head noun, whether it states a total, an average or a change, and where it
 * stands (paragraph, sentence, clause). The part–whole and rate analyses read these facts instead
 * of re-reading the text, and every window they look through is bounded, so the analysis stays
 * near-linear on flattened statistics tables with hundreds of counts in one sentence.
 */
import { oncePer } from "../util/once-per.js";
import {
  BoundedMap,
  PARTITIONS,
  type Quantity,
  type Rate,
  type Report,
  ATTRIBUTE_MARKERS,
  SUBSET_MARKERS,
  type Role,
} from "@reportlint/report-model";
import {
  computeValueIntervals,
  findRole,
  isCountDimension,
  type Rational,
  type UnitRef,
  type ValueIntervals,
} from "@reportlint/indicator-math";
import { firstIndexNotBefore } from "@reportlint/parser";
import { mapped } from "../util/lists.js";

/** What a count says about itself, from its words. */
export type CountKind =
  /** 共受理…, 合计…, 累计…, 总评价量… */
  | "total"
  /** 日均…, 平均…, 人均…: never a part or a base. */
  | "average"
  /** 比上年增加…, 同比减少…: a difference between periods, never a part or a base. */
  | "change"
  | "plain";

/** One printed count or amount, as the number rules see it. */
export interface CountFact {
  /** Index in `report.quantities`. */
  readonly index: number;
  readonly quantity: Quantity;
  readonly paragraph: number;
  /** Index in `NumberFacts.sentences`. */
  readonly sentence: number;
  readonly clause: number;
  /** The printed value in the base unit of its dimension (71.3万元 → 713000). */
  readonly value: Rational;
  /** Its value and hard/soft intervals (`valueIntervals` of the quantity), read once. */
  readonly intervals: ValueIntervals;
  /** The value as a whole count when it is certain (no decimals, multiplier or hedge), else null. */
  readonly exact: bigint | null;
  /** Counts of things (件, 人, 家…), not money or measures. */
  readonly countable: boolean;
  readonly unit: UnitRef;
  readonly role: Role | null;
  /** The words before the number without list markers (其中, 包括…) and linking verbs at the end. */
  readonly words: string;
  readonly kind: CountKind;
  /** Inside round brackets (not running text). */
  readonly inParens: boolean;
  /** The partitions its words name a member of: partition id → member id (线上调解 → channel: 线上…). */
  readonly members: ReadonlyMap<string, string>;
  /** The share printed right after it in its clause (直办37643件，占52.7%), or null. */
  readonly share: Rate | null;
}

/** A sentence with the counts in it, in text order. */
export interface SentenceFacts {
  readonly paragraph: number;
  /** Its span in the text: [start, end). Two numbers, not a span array per sentence. */
  readonly start: number;
  readonly end: number;
  /** Indices into `NumberFacts.counts`. */
  readonly counts: readonly number[];
}

/** Everything the number rules share about one report. */
export interface NumberFacts {
  readonly report: Report;
  /** One fact per quantity, in text order (the same order as `report.quantities`). */
  readonly counts: readonly CountFact[];
  readonly sentences: readonly SentenceFacts[];
  /** The sentence index of each clause. */
  readonly sentenceOfClause: readonly number[];
  /** The analyses built from these facts, by slot (see oncePerFacts); filled as they are asked for. */
  readonly analyses: unknown[];
}

/** A pinyin gloss a mirror site left in the words (縣政務(wù)動態(tài)信息). */
const GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,8}[)）]/gu;

const LIST_MARKERS = [...SUBSET_MARKERS, ...ATTRIBUTE_MARKERS, "分别为", "分别是", "分别", "其余", "剩余", "另有"];
// Verbs and particles between the noun and its number: 全市共建成各类调解组织 1176个, 受理案件达 67件.
// 为 ends words too (行为, 作为, 认为, 成为): it is a link only after other characters.
const TRAILING_LINKS = /(?:共计|合计|总计|累计|达到|实现|完成|共有|(?<![行作认成])为|达|有|是|约|计|共|了|的|等)+$/u;
const TOTAL_WORDS = /(?<!公)共|合计|总计|累计|总数|总量|总额|总共|全部|总评价|总办件|总产/u;
const AVERAGE_WORDS = /日均|月均|年均|周均|平均|人均|均值|每[个家人件天月年]?$/u;
const CHANGE_WORDS = /(?:比上年|比去年|比上月|比上期|同比|环比|较上年|较去年|较上月|较上期|比[0-9０-９]+年|比同期|较同期|比上届)|(?:增加|减少|增长|下降|提高|上升|降低|增多|减少了|增加了|增收|减收|增支|减支)$/u;

/** The words of a count without list markers and the linking verbs before its number. */
export function coreWords(label: string): string {
  let words = label.replace(GLOSS, "").trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const marker of LIST_MARKERS) {
      if (words.startsWith(marker)) {
        words = words.slice(marker.length).replace(/^[，,：:\s]+/u, "");
        changed = true;
      }
    }
  }
  return words.replace(TRAILING_LINKS, "");
}

// Measure words that name no thing: the noun comes after them (113个看守所、173个法院). One string
// searched for a one-character unit: a Set would hash each quantity's fresh unit string.
const BARE_MEASURES = "个家所处座名位";

/** The noun right after a bare measure word (看守所 in 113个看守所), or "". */
function nounAfter(text: string, q: Quantity): string {
  if (q.unitText.length !== 1 || !BARE_MEASURES.includes(q.unitText)) return "";
  let end = q.span[1];
  // It ends at 的, 和, 及, 与, 等 (173个法院的法律援助工作站 counts 法院).
  while (end < text.length && end - q.span[1] < 4 && /\p{Script=Han}/u.test(text[end]!) && !/[的和及与等]/u.test(text[end]!)) end++;
  return text.slice(q.span[1], end);
}

function kindOf(label: string): CountKind {
  if (AVERAGE_WORDS.test(label)) return "average";
  if (CHANGE_WORDS.test(label)) return "change";
  if (TOTAL_WORDS.test(label)) return "total";
  return "plain";
}

const FULL_OPEN = "（".charCodeAt(0);
const HALF_OPEN = "(".charCodeAt(0);
const FULL_CLOSE = "）".charCodeAt(0);
const HALF_CLOSE = ")".charCodeAt(0);

/** Bracket depth at each quantity, scanning each clause once (quantities come in text order). */
function parenDepths(report: Report): boolean[] {
  const out: boolean[] = [];
  let clause = -1;
  let at = 0;
  let depth = 0;
  for (const q of report.quantities) {
    if (q.clause === null) {
      out.push(false);
      continue;
    }
    if (q.clause !== clause) {
      clause = q.clause;
      at = report.clauses[clause]!.span[0];
      depth = 0;
    }
    // By code, not a one-character string per character.
    for (; at < q.span[0]; at++) {
      const c = report.text.charCodeAt(at);
      if (c === FULL_OPEN || c === HALF_OPEN) depth++;
      else if ((c === FULL_CLOSE || c === HALF_CLOSE) && depth > 0) depth--;
    }
    out.push(depth > 0);
  }
  return out;
}

// Any member word of any partition: most words hold none, and one test says so.
const ANY_MEMBER_WORD = anyWordPattern(PARTITIONS.flatMap((p) => p.members.flatMap((m) => m.words)));

/** One regular expression that finds any of the words: one test says whether a text holds none. */
export function anyWordPattern(words: readonly string[]): RegExp {
  return new RegExp([...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), "u");
}
const NO_MEMBERS: ReadonlyMap<string, string> = new Map();

/** The member of each partition the words name, by the longest member word they hold. */
// The lexicon's partitions as plain lists of one shape each (its entries have optional fields, so
// reading them where they are tested meets several hidden classes and deoptimizes).
const MEMBER_WORDS: readonly { readonly id: string; readonly words: readonly { readonly member: string; readonly word: string }[] }[] =
  mapped(PARTITIONS, (partition) => ({
    id: partition.id,
    words: partition.members.flatMap((member) => mapped(member.words, (word) => ({ member: member.id, word }))),
  }));

function membersNamed(words: string): ReadonlyMap<string, string> {
  if (!ANY_MEMBER_WORD.test(words)) return NO_MEMBERS;
  const out = new Map<string, string>();
  for (const partition of MEMBER_WORDS) {
    let best = "";
    let bestLength = 0;
    for (const { member, word } of partition.words) {
      if (word.length > bestLength && words.includes(word)) {
        best = member;
        bestLength = word.length;
      }
    }
    if (bestLength > 0) out.set(partition.id, best);
  }
  return out;
}

// A share follows its count closely: 直办37643件，占52.7% (a few characters, same clause).
const SHARE_REACH = 16;

/** For each quantity, the share right after it in its clause, matching both in one pass. */
function sharesAfter(report: Report): (Rate | null)[] {
  const shares = report.rates.filter((r) => r.share !== null && r.kind === "percent");
  let k = 0;
  // Built by push: a list made by map has another element kind when empty or optimized.
  const out: (Rate | null)[] = [];
  for (const q of report.quantities) {
    while (k < shares.length && shares[k]!.span[0] <= q.span[1]) k++;
    const next = shares[k];
    out.push(next && next.clause === q.clause && next.span[0] - q.span[1] <= SHARE_REACH ? next : null);
  }
  return out;
}

/**
 * `exactCount` of a quantity from its intervals: a whole count when it is printed without hedge,
 * decimals, multiplier or scale; then its point value is that count.
 */
function exactOf(q: Quantity, intervals: ValueIntervals): bigint | null {
  return q.approx === "exact" && q.decimals === 0 && q.multiplier === "" && q.scaleExp === 0 ? intervals.point.num : null;
}

// Reports repeat the same words and labels (受理, 办结), and a report linted again (as it is edited)
// repeats all of them: each is read once, in caches kept across reports. Both readings depend on the
// string alone; a cache is emptied when it grows past its bound, so memory stays bounded.
const CACHE_MAX = 20_000;
const memberCache = new BoundedMap<string, ReadonlyMap<string, string>>(CACHE_MAX);
const labelCache = new BoundedMap<string, LabelReading>(CACHE_MAX);

// Intervals by the fields of a quantity they depend on: the same printed values recur (1件, 100%
// of the counts of a report linted again), and each reading is BigInt work. Never mutated. Keyed by
// the digits; a value printed otherwise (2300万, 约15) is found among its digits' readings by its
// other fields (no key string joined and hashed per quantity).
const intervalCache = new BoundedMap<string, IntervalReading[]>(CACHE_MAX);

interface IntervalReading {
  readonly scaleExp: number;
  readonly decimals: number;
  readonly multiplier: string;
  readonly approx: Quantity["approx"];
  readonly intervals: ValueIntervals;
}
// Plain counts below this are looked up by their value in a list: no hashing of their digits.
const SMALL_PLAIN = 10_000;
const smallPlainIntervals: (ValueIntervals | undefined)[] = new Array<ValueIntervals | undefined>(SMALL_PLAIN).fill(undefined);

const ZERO = "0".charCodeAt(0);

/** The value of plain digits below SMALL_PLAIN with no leading zero ("0" itself included), else -1. */
function smallPlainValue(mantissa: string): number {
  const length = mantissa.length;
  if (length === 0 || length > 4 || (length > 1 && mantissa.charCodeAt(0) === ZERO)) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = mantissa.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function intervalsOf(quantity: Quantity): ValueIntervals {
  // Most counts are plain digits in their base unit: keyed by the digits alone (no spaces in them).
  const plain = quantity.scaleExp === 0 && quantity.decimals === 0 && quantity.multiplier === "" && quantity.approx === "exact";
  if (plain) {
    const value = smallPlainValue(quantity.mantissa);
    if (value >= 0) return (smallPlainIntervals[value] ??= computeValueIntervals(quantity));
  }
  let readings = intervalCache.get(quantity.mantissa);
  if (readings) {
    for (const r of readings) {
      if (r.scaleExp === quantity.scaleExp && r.decimals === quantity.decimals && r.multiplier === quantity.multiplier && r.approx === quantity.approx) return r.intervals;
    }
  } else {
    intervalCache.set(quantity.mantissa, (readings = []));
  }
  const intervals = computeValueIntervals(quantity);
  readings.push({ scaleExp: quantity.scaleExp, decimals: quantity.decimals, multiplier: quantity.multiplier, approx: quantity.approx, intervals });
  return intervals;
}

function membersOf(words: string): ReadonlyMap<string, string> {
  let found = memberCache.get(words);
  if (!found) {
    memberCache.set(words, (found = membersNamed(words)));
  }
  return found;
}

/** What a count's label says: its role, kind, core words and the partition members they name. */
interface LabelReading {
  readonly role: Role | null;
  readonly kind: CountKind;
  readonly core: string;
  /** membersOf(core), kept with the label: most counts' words are their core words alone. */
  readonly members: ReadonlyMap<string, string>;
}

function readLabel(label: string): LabelReading {
  let read = labelCache.get(label);
  if (!read) {
    const core = coreWords(label);
    read = { role: findRole(label.replace(GLOSS, ""))?.role ?? null, kind: kindOf(label), core, members: membersOf(core) };
    labelCache.set(label, read);
  }
  return read;
}

// One unit reference per unit, shared (read only) by the counts printed in it: no object per count.
// The parser's unit names are few and constant, so the look-up is cheap.
const unitRefs = new BoundedMap<string, UnitRef>(CACHE_MAX);

function unitRefOf(unit: string): UnitRef {
  let ref = unitRefs.get(unit);
  if (!ref) {
    // 个 counts anything; within one sentence or list the text means the same thing by it.
    unitRefs.set(unit, (ref = { unit, unitClass: unit === "个" ? "个" : null }));
  }
  return ref;
}

/** A sentence while the facts are built: its lists are filled in. */
interface BuildingSentence {
  readonly paragraph: number;
  readonly start: number;
  end: number;
  counts: number[];
}

// The shared list of a sentence without counts: never pushed to, replaced on the first.
const NO_INDICES: number[] = [];

function buildFacts(report: Report): NumberFacts {
  const sentenceOfClause: number[] = [];
  const sentences: BuildingSentence[] = [];
  let lastParagraph = -1;
  let lastSentence = -1;
  for (const clause of report.clauses) {
    if (clause.paragraph !== lastParagraph || clause.sentence !== lastSentence) {
      // Most sentences hold no count: they share one empty list until they get one.
      sentences.push({ paragraph: clause.paragraph, start: clause.span[0], end: clause.span[1], counts: NO_INDICES });
      lastParagraph = clause.paragraph;
      lastSentence = clause.sentence;
    } else {
      sentences[sentences.length - 1]!.end = clause.span[1];
    }
    sentenceOfClause.push(sentences.length - 1);
  }
  const counts: CountFact[] = [];
  const inParens = parenDepths(report);
  const shares = sharesAfter(report);
  const { quantities } = report;
  for (let index = 0; index < quantities.length; index++) {
    const quantity = quantities[index]!;
    if (quantity.clause === null) continue;
    const sentence = sentenceOfClause[quantity.clause]!;
    const clause = report.clauses[quantity.clause]!;
    const label = readLabel(quantity.label);
    const noun = nounAfter(report.text, quantity);
    const words = noun === "" ? label.core : label.core + noun;
    const intervals = intervalsOf(quantity);
    const countable = isCountDimension(quantity.dimension);
    const fact: CountFact = {
      index,
      quantity,
      paragraph: clause.paragraph,
      sentence,
      clause: quantity.clause,
      value: intervals.point,
      intervals,
      exact: countable ? exactOf(quantity, intervals) : null,
      countable,
      unit: unitRefOf(quantity.unit),
      role: label.role,
      words,
      kind: label.kind,
      inParens: inParens[index]!,
      members: noun === "" ? label.members : membersOf(words),
      share: shares[index] ?? null,
    };
    const own = sentences[sentence]!;
    if (own.counts === NO_INDICES) own.counts = [counts.length];
    else own.counts.push(counts.length);
    counts.push(fact);
  }
  return { report, counts, sentences, sentenceOfClause, analyses: [] };
}

/** The number facts of a report, built once and shared by the four number rules. */
export const numberFacts: (report: Report) => NumberFacts = oncePer(buildFacts);

/**
 * Every count of list[from, to) names a member of the partition, each a different one: compared in
 * place, with no list or Set per window tried.
 */
export function namesDistinctMembers(list: readonly CountFact[], from: number, to: number, partition: string): boolean {
  for (let i = from; i < to; i++) {
    const member = list[i]!.members.get(partition);
    if (member === undefined) return false;
    for (let j = from; j < i; j++) if (list[j]!.members.get(partition) === member) return false;
  }
  return true;
}

/** The fact of a quantity index, or undefined when it stands outside every clause. */
export function factOf(facts: NumberFacts, quantityIndex: number): CountFact | undefined {
  // Facts are in quantity order with at most a few gaps: search near the index first.
  const list = facts.counts;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!.index;
    if (at === quantityIndex) return list[mid];
    if (at < quantityIndex) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The counts printed before `offset`, nearest first: the rest of its sentence, then the sentences
 * before it in the same paragraph, then up to `paragraphs` paragraphs before that. At most `limit`
 * counts are returned, so a window never grows with the text.
 */
export function countsBefore(
  facts: NumberFacts,
  sentence: number,
  offset: number,
  options: { limit: number; paragraphs: number },
): CountFact[] {
  const out: CountFact[] = [];
  const own = facts.sentences[sentence];
  if (!own) return out;
  const firstParagraph = own.paragraph - options.paragraphs;
  for (let s = sentence; s >= 0 && out.length < options.limit; s--) {
    const info = facts.sentences[s]!;
    if (info.paragraph < firstParagraph) break;
    // In its own sentence, from the last count starting before the offset: the counts after it are
    // skipped without being read, so a long sentence costs a search, not a scan, per call.
    const last = s === sentence ? countsStartingBefore(facts, info, offset) : info.counts.length;
    for (let k = last - 1; k >= 0 && out.length < options.limit; k--) {
      const fact = facts.counts[info.counts[k]!]!;
      if (s === sentence && fact.quantity.span[1] > offset) continue;
      out.push(fact);
    }
  }
  return out;
}

/**
 * How many of a sentence's counts start before `offset`: the position, in `info.counts`, of the
 * first count at or after it. A binary search: counts are in text order.
 */
export function countsStartingBefore(facts: NumberFacts, info: SentenceFacts, offset: number): number {
  return firstIndexNotBefore(info.counts.length, (i) => facts.counts[info.counts[i]!]!.quantity.span[0] < offset);
}
