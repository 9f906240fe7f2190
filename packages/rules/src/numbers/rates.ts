/**
 * Rates and shares against the counts they are computed from (indicator-math.md §4.3–4.4).
 *
 * Every printed percentage that claims a proportion of a countable whole is read in one of three
 * forms:
 * - an indicator of the lexicon (办结率, 结案率, 调解成功率…): numerator and denominator by role word;
 * - a share (占52.7%, 占总体的比例为3.4%, 占已审结总数的38.5%, 占比22.2%): the count before it is the
 *   part; the whole is the one it names, the list it belongs to, a total printed before it (in this
 *   paragraph or one of the few before), or the sum of its sibling shares' counts;
 * - a named rate outside the lexicon (持证率, 立案率, 主动公开率): the counts whose words hold its stem
 *   (持证), against 应持证 or the sentence's total.
 * Candidates come from a bounded window before the rate (never the whole text). A rate is silent
 * when any candidate pair fits; it is an error only when the pair is certain, a warning when the
 * counts are there but which of them is the base is not, and infeasible (no whole count can give it)
 * when only its base is printed. A proportion above 100% is impossible whatever the counts.
 */
import { oncePerFacts } from "./once-per-facts.js";
import {
  BoundedMap,
  BOUNDED_RATE_STEMS,
  CHANGE_NAMES,
  UNBOUNDED_RATE_WORDS,
  type IndicatorDef,
  type Operand,
  type Rate,
  type Report,
  CLOSURE_PARTS,
  PARTITIONS,
} from "@reportlint/report-model";
import {
  add,
  checkRate,
  compare,
  findIndicator,
  findRoles,
  isAboveHundred,
  isFeasible,
  isGrimTestable,
  operandRoles,
  partitionMembersOf,
  rateFitsRange,
  sharesWithinHundred,
  toPrintedPercent,
  unitsCompatible,
  type PrintedPercent,
  type Rational,
  type UnitRef,
} from "@reportlint/indicator-math";
import { anyWordPattern, countsBefore, countsStartingBefore, namesDistinctMembers, numberFacts, type CountFact, type NumberFacts } from "./facts.js";
import { isRegExpSpace } from "../util/typography.js";
import type { Certainty } from "./part-whole.js";
import { firstIndexNotBefore } from "@reportlint/parser";
import { mapped } from "../util/lists.js";

/** How a rate is read. */
export type RateForm = "indicator" | "share" | "named";

/** A value a rate's numerator or denominator can take, and the printed counts it comes from. */
export interface RateCandidate {
  readonly value: Rational;
  /** The printed counts: one, or several for a derived sum (结案 = 调解 + 裁决). */
  readonly sources: readonly CountFact[];
  readonly unit: UnitRef;
  /** What it counts, for messages ("办结", "受理"); "" when the text does not say. */
  readonly role: string;
  /** explicit: the text names it for this rate; plausible: it may be meant. */
  readonly strength: "explicit" | "plausible";
}

/** A numerator and denominator. */
export interface RatePair {
  readonly k: RateCandidate;
  readonly n: RateCandidate;
}

/** What the analysis concludes about one rate. */
export type RateOutcome =
  /** pair: the counts it fits, when it fits a pair (not merely a base it is possible for). */
  | { readonly kind: "consistent"; readonly pair?: RatePair }
  | { readonly kind: "unchecked" }
  | { readonly kind: "over-hundred"; readonly numeratorAbove: RatePair | null; readonly severity: Certainty }
  | { readonly kind: "mismatch"; readonly pair: RatePair; readonly severity: Certainty }
  | { readonly kind: "unclear"; readonly pairs: readonly RatePair[] }
  | { readonly kind: "truncated"; readonly pair: RatePair; readonly severity: "warning" | "info" }
  | { readonly kind: "infeasible"; readonly bases: readonly RateCandidate[]; readonly severity: Certainty };

// One shape for both consistent outcomes (pair absent or given): a field present only sometimes
// gives the object another hidden class, and the code reading outcomes deoptimizes.
const CONSISTENT: RateOutcome = { kind: "consistent", pair: undefined };

/** One printed percentage, how it is read, and the verdict. */
export interface RateClaim {
  readonly rate: Rate;
  readonly rateIndex: number;
  readonly form: RateForm;
  /** The indicator name for messages ("办结率"; "占比" for shares). */
  readonly name: string;
  readonly indicator: IndicatorDef | null;
  /** The numerator's word ("办结") for messages, when known. */
  readonly numeratorWord: string | undefined;
  readonly outcome: RateOutcome;
}

// How far back a rate looks for its counts: its own paragraph for indicators and named rates, a
// few paragraphs for shares (a share's whole is often the section's opening total).
const WINDOW = { limit: 32, shareParagraphs: 6 };
// How far back a table's row of shares looks for the whole it names (counts, paragraphs).
const TABLE_BASE_REACH = { limit: 160, paragraphs: 30 };
// How far back a named rate may share the counts an earlier rate of its paragraph fits.
const SHARED_BASE = { rates: 2, sentences: 3, looked: 8 };
const MAX_K = 8;
const MAX_N = 12;
const RATE_PREFIXES = /^(?:平均|综合|总体|群众|总|年|全年|整体|直接|实际)+/u;
// Words after 占 that only say "the whole" (占总体的比例, 占全部的, 占总数的).
const GENERIC_BASE = /^(?:全部|总体|总数|总量|全体|总和|整体|合计|总计|总|全)?$/u;
const BASE_SUFFIX = /(?:的)?(?:总数|总量|总额|总体|数量|总和|数|量)$/u;
const SCOPE = /^(?:全国|全省|全市|全区|全县|全州|全镇|全乡|全盟|全旗)/u;
const BASE_PREFIX = /^(?:全部|所有|全市|全县|全区|全省|全年|全|已|同期)/u;

// Every rate's name is asked whether it holds one of these words: one search each, not one per word.
const CHANGE_NAME = anyWordPattern(CHANGE_NAMES);
const UNBOUNDED_RATE_WORD = anyWordPattern(UNBOUNDED_RATE_WORDS);
const isChange = (name: string) => CHANGE_NAME.test(name);
const isUnbounded = (name: string) => UNBOUNDED_RATE_WORD.test(name);
const compatible = (a: RateCandidate, b: RateCandidate) => unitsCompatible(a.unit, b.unit);
const disjointSources = (a: RateCandidate, b: RateCandidate) => !a.sources.some((s) => b.sources.includes(s));
/** A numerator may be one of the counts its whole adds up (直办 within 直办 + 转办), never the whole itself. */
const partOf = (k: RateCandidate, n: RateCandidate) =>
  disjointSources(k, n) || (n.sources.length > k.sources.length && k.sources.every((s) => n.sources.includes(s)));
const single = (fact: CountFact, role: string, strength: RateCandidate["strength"]): RateCandidate => ({
  value: fact.value,
  sources: [fact],
  unit: fact.unit,
  role,
  strength,
});
const derived = (facts: readonly CountFact[], role: string, strength: RateCandidate["strength"]): RateCandidate => {
  // Sources copied into a list built by push, like single's: lists made by map or spread have other
  // element kinds, and each new kind deoptimizes the code that reads sources.
  const sources: CountFact[] = [];
  let value: Rational = { num: 0n, den: 1n };
  for (const f of facts) {
    sources.push(f);
    value = add(value, f.value);
  }
  return { value, sources, unit: facts[0]!.unit, role, strength };
};
/** The candidates of some counts, each alone, in a list built by push (see derived). */
function singles(counts: readonly CountFact[], role: string, strength: RateCandidate["strength"]): RateCandidate[] {
  const out: RateCandidate[] = [];
  for (const f of counts) out.push(single(f, role, strength));
  return out;
}

/** Appends the candidates of `more` to `list` (a list built by push keeps one element kind). */
function pushAll(list: RateCandidate[], more: readonly RateCandidate[]): void {
  for (const c of more) list.push(c);
}

/** True when the candidate's counts may stand for a whole (not an average, not a change). */
const usable = (f: CountFact) => f.kind !== "average" && f.kind !== "change";

// ---------------------------------------------------------------------------------------------
// Reading the rate

interface Reading {
  readonly form: RateForm;
  readonly name: string;
  readonly indicator: IndicatorDef | null;
  /** For named rates: the two characters of the stem that the counts must carry (持证). */
  readonly stem: string;
  /** For a share in a table row (占新受理数比例 | 49.66% | …): its row and the count above it. */
  readonly table?: TableShare;
}

/** A percentage in a table row of shares, with the count printed above it in the same column. */
interface TableShare {
  /** The row's label ("占新受理数比例"). */
  readonly label: string;
  /** The words naming the whole ("新受理数"). */
  readonly base: string;
  /** Index in report.quantities of the count in the same column of the row above, if any. */
  readonly above: number | null;
  /** The column's heading (市场监管), what the count above counts; "" when there is none. */
  readonly column: string;
}

// A table row of shares: 占新受理数比例, 所占比例, 占比, 比重 (never 增长率 or 同比).
const SHARE_ROW = /^(?:占(?<base>.{0,16}?)(?:的)?(?:比例|比重|占比|百分比)|(?:所占)?(?:比例|比重|占比))$/u;

function tableShareRow(report: Report, rate: Rate): TableShare | null {
  for (const table of report.tables) {
    if (rate.span[0] < table.span[0] || rate.span[1] > table.span[1]) continue;
    const r = table.rows.findIndex((row) => row.span[0] <= rate.span[0] && rate.span[1] <= row.span[1]);
    if (r < 0) return null;
    const row = table.rows[r]!;
    const label = row.cells[0]?.text.replace(/\s+/gu, "") ?? "";
    const match = SHARE_ROW.exec(label);
    if (!match) return null;
    const column = row.cells.findIndex((c) => c.span[0] <= rate.span[0] && rate.span[1] <= c.span[1]);
    const cell = r > 0 && column > 0 ? table.rows[r - 1]!.cells[column] : undefined;
    const above = cell ? report.quantities.findIndex((q) => q.span[0] >= cell.span[0] && q.span[1] <= cell.span[1]) : -1;
    const heading = r > 1 && column > 0 ? (table.rows[0]!.cells[column]?.text.replace(/\s+/gu, "") ?? "") : "";
    return { label, base: match.groups?.base ?? "", above: above >= 0 ? above : null, column: /\d/u.test(heading) ? "" : heading };
  }
  return null;
}

function readRate(report: Report, rate: Rate): Reading | null {
  if (rate.kind !== "percent" || rate.clause === null) return null;
  const clause = report.clauses[rate.clause]!;
  const clauseText = report.text.slice(clause.span[0], rate.span[0]);
  if (rate.name && isChange(rate.name)) return null;
  const match = rate.name ? findIndicator(rate.name, clauseText) : null;
  if (match?.indicator.bounded && match.indicator.numerator && match.indicator.denominator) {
    return { form: "indicator", name: rate.name || match.name, indicator: match.indicator, stem: "" };
  }
  if (rate.share !== null) return { form: "share", name: rate.name || "占比", indicator: null, stem: "" };
  const row = !rate.name ? tableShareRow(report, rate) : null;
  if (row) return { form: "share", name: row.label, indicator: null, stem: "", table: row };
  if (match && !match.indicator.bounded) return null;
  if (rate.name.endsWith("率") && !isUnbounded(rate.name)) {
    const stem = rate.name.slice(0, -1).replace(RATE_PREFIXES, "");
    if (stem.length >= 1) return { form: "named", name: rate.name, indicator: null, stem: stem.slice(-2) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The window of counts a rate may use

interface Window {
  /** Counts of things (not money, unless the rate is a share of money), nearest first. */
  readonly counts: readonly CountFact[];
  /** The rate's own sentence. */
  readonly sentence: number;
  readonly clause: number;
}

function windowOf(facts: NumberFacts, rate: Rate, reading: Reading): Window {
  const clause = rate.clause!;
  const sentence = facts.sentenceOfClause[clause]!;
  const before =
    reading.form === "share"
      ? countsBefore(facts, sentence, rate.span[0], { limit: WINDOW.limit, paragraphs: WINDOW.shareParagraphs })
      : relatedCounts(facts, sentence, rate);
  // Counts in brackets right after the rate belong to it: 办结率100%（受理15件，办结14件）.
  const text = facts.report.text;
  const closer = closersOf(facts);
  const bracket = opensBracket(text, rate.span[1]) ? closer("（" === text[rate.span[1]] ? "）" : ")", rate.span[1]) : -1;
  const closeAt = bracket < 0 ? -1 : Math.max(closer("）", rate.span[1]), closer(")", rate.span[1]));
  const after: CountFact[] = [];
  if (closeAt >= 0) {
    // The counts of the rate's clause after it, up to the bracket's end (counts are in text order).
    const info = facts.sentences[sentence]!;
    for (let k = countsStartingBefore(facts, info, rate.span[0]); k < info.counts.length && after.length < 4; k++) {
      const f = facts.counts[info.counts[k]!]!;
      if (f.clause > clause || f.quantity.span[0] > closeAt) break;
      if (f.clause === clause && f.quantity.span[0] > rate.span[0] && f.quantity.span[1] <= closeAt) after.push(f);
    }
  }
  // One list by push (the counts in brackets after the rate first), not a spread then a filter.
  const counts: CountFact[] = [];
  for (const list of [after, before]) {
    for (const f of list) if (usable(f) && (f.countable || reading.form === "share")) counts.push(f);
  }
  return { counts, sentence, clause };
}

const near = (w: Window, f: CountFact) => f.sentence === w.sentence;

const FULL_OPEN = "（".charCodeAt(0);
const HALF_OPEN = "(".charCodeAt(0);

/** /^\s*[（(]/ on the three characters from `at`, read by code (no slice per rate). */
function opensBracket(text: string, at: number): boolean {
  for (let i = at; i < at + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === FULL_OPEN || c === HALF_OPEN) return true;
    if (!isRegExpSpace(c)) return false;
  }
  return false;
}

// Nouns that name what is counted: a rate in the next sentence about the same nouns may use the
// counts of the sentence before it (…共结案249宗。本年度案件结案…，结案率95.4%).
const SUBJECT_NOUNS = ["案件", "事项", "信访", "投诉", "举报", "纠纷", "争议", "许可", "复议", "诉讼", "建议", "提案", "申请", "诉求", "工单", "来电", "来信"];

// The characters the nouns start with (each noun is two characters, so at most one starts at a
// position): a sentence is read by code, and only at such a character are the nouns compared.
const NOUN_FIRST = new Uint8Array(0x10000);
for (const noun of SUBJECT_NOUNS) NOUN_FIRST[noun.charCodeAt(0)] = 1;

/** The place in SUBJECT_NOUNS of the noun starting at `i` (its two characters before `end`), or -1. */
function nounAt(text: string, i: number, end: number): number {
  if (i + 2 > end || NOUN_FIRST[text.charCodeAt(i)] === 0) return -1;
  for (let k = 0; k < SUBJECT_NOUNS.length; k++) {
    const noun = SUBJECT_NOUNS[k]!;
    if (noun.charCodeAt(0) === text.charCodeAt(i) && noun.charCodeAt(1) === text.charCodeAt(i + 1)) return k;
  }
  return -1;
}

/** What relatedCounts asks of a sentence's words, read once per sentence. */
interface SentenceWords {
  /** Where each of SUBJECT_NOUNS first ends in the sentence (offset from its start), or -1. */
  readonly nounEnds: readonly number[];
  /** Where an opening 其中 ends, or -1 when the sentence does not open with it. */
  readonly openingEnd: number;
}

const sentenceWordsBySentence = oncePerFacts(() => new Map<number, SentenceWords>());

function sentenceWords(facts: NumberFacts, s: number): SentenceWords {
  const bySentence = sentenceWordsBySentence(facts);
  let words = bySentence.get(s);
  if (!words) {
    const { start, end } = facts.sentences[s]!;
    const whole = facts.report.text;
    // One scan for all the nouns, not a search per noun (most sentences hold none). Nouns may
    // overlap (投诉求助 holds 诉求): every position is tried.
    const nounEnds: number[] = [];
    for (let k = 0; k < SUBJECT_NOUNS.length; k++) nounEnds.push(-1);
    for (let i = start; i + 1 < end; i++) {
      const k = nounAt(whole, i, end);
      if (k >= 0 && nounEnds[k] === -1) nounEnds[k] = i - start + 2;
    }
    // A slice (a view, not a copy): the pattern must not run past the sentence.
    const opening = /^\s*其中/u.exec(whole.slice(start, end));
    words = { nounEnds, openingEnd: opening ? opening[0].length : -1 };
    bySentence.set(s, words);
  }
  return words;
}

/** The position of the first `c` at or after `from` in the text, or -1 (a search in a list, not the text). */
type CloserSearch = (c: "）" | ")", from: number) => number;
const closersOf = oncePerFacts((facts): CloserSearch => {
  const positions = { "）": [] as number[], ")": [] as number[] };
  const text = facts.report.text;
  // indexOf jumps from one closer to the next instead of reading the text a character at a time.
  for (const c of ["）", ")"] as const) {
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) positions[c].push(i);
  }
  return (c, from) => {
    const list = positions[c];
    return list[firstIndexNotBefore(list.length, (i) => list[i]! < from)] ?? -1;
  };
});

/** A word ending at `end` (from its sentence's start, -1 when absent) lies within the first `length` characters. */
const within = (end: number, length: number) => end >= 0 && end <= length;

/**
 * True when the words (the first `length` characters of a sentence) go on from the sentence before:
 * they open with 其中, or both name one of SUBJECT_NOUNS.
 */
function continues(words: SentenceWords, length: number, previous: SentenceWords, previousLength: number): boolean {
  if (within(words.openingEnd, length)) return true;
  for (let i = 0; i < SUBJECT_NOUNS.length; i++) {
    if (within(words.nounEnds[i]!, length) && within(previous.nounEnds[i]!, previousLength)) return true;
  }
  return false;
}

/**
 * The counts an indicator may be computed from: those of its sentence before it, and of the one or
 * two sentences before that while they are about the same things (or while its own sentence has
 * no count of its own before the rate). The words are read once per sentence, so a long sentence of
 * many rates costs a look-up per rate, not a scan.
 */
function relatedCounts(facts: NumberFacts, sentence: number, rate: Rate): CountFact[] {
  // The filtered list is new: counts of the sentences before are added to it, not to a copy.
  const out = countsBefore(facts, sentence, rate.span[0], { limit: WINDOW.limit, paragraphs: 0 }).filter((f) => f.sentence === sentence);
  // The words considered so far: the rate's sentence up to the rate, then each sentence before it
  // (a sentence's words are read only when asked: with no count yet, any sentence before is related).
  let current = sentence;
  let currentLength = rate.span[0] - facts.sentences[sentence]!.start;
  for (let s = sentence - 1, steps = 0; s >= 0 && steps < 2 && out.length < WINDOW.limit; s--, steps++) {
    const info = facts.sentences[s]!;
    if (info.paragraph !== facts.sentences[sentence]!.paragraph) break;
    const previousLength = info.end - info.start;
    if (out.length > 0 && !continues(sentenceWords(facts, current), currentLength, sentenceWords(facts, s), previousLength)) break;
    // Only the nearest counts can still fit in the window.
    for (let k = info.counts.length - 1; k >= 0 && out.length < WINDOW.limit; k--) out.push(facts.counts[info.counts[k]!]!);
    current = s;
    currentLength = previousLength;
  }
  // Never longer than the window (the loops stop there): no copy cut to it.
  return out;
}

// ---------------------------------------------------------------------------------------------
// Candidates of lexicon indicators (by role word)

/**
 * Sums of listed parts that make up a role: all closure parts (调解4件、裁决1件 → 结案 5) or the
 * correction parts among a list of decisions (撤销6件、确认违法4件 → 纠错 10). Every part of the list
 * must be a known kind, so nothing unknown is left out or added in.
 */
function partSums(facts: NumberFacts, w: Window, members: readonly string[], role: string, strength: RateCandidate["strength"]): RateCandidate[] {
  const { report } = facts;
  const out: RateCandidate[] = [];
  // Only the lists with a part in the window can have them all there: those, in text order (most
  // windows hold none, and nothing more is built for them).
  const listsOf = breakdownsByPart(facts);
  const found = new Set<number>();
  for (const f of w.counts) for (const i of listsOf.get(f.index) ?? NO_LISTS) found.add(i);
  if (found.size === 0) return out;
  const lists = [...found].sort((a, b) => a - b);
  // The window holds at most WINDOW.limit counts: a look-up in it, not a map built per call.
  const inWindow = (i: number) => w.counts.find((f) => f.index === i);
  for (const b of mapped(lists, (i) => report.breakdowns[i]!)) {
    const parts = mapped(b.parts, inWindow);
    if (parts.length === 0 || parts.some((p) => p === undefined)) continue;
    const list = parts as CountFact[];
    const kinds = mapped(list, (p) => memberIdsOf(p.words));
    if (kinds.some((k) => !k.some((m) => CLOSURE_PARTS.includes(m)))) continue;
    const chosen = list.filter((_, i) => kinds[i]!.some((m) => members.includes(m)));
    if (chosen.length > 0) out.push(derived(chosen, role, strength));
  }
  return out;
}

// The member ids a count's words name, by words: every window a list is in asks again, and so does
// every lint of a report. Bounded like the facts' caches.
const memberIdCache = new BoundedMap<string, readonly string[]>(20_000);

function memberIdsOf(words: string): readonly string[] {
  let ids = memberIdCache.get(words);
  if (!ids) {
    memberIdCache.set(words, (ids = partitionMembersOf(words).map((m) => m.member)));
  }
  return ids;
}

const NO_LISTS: readonly number[] = [];

/** For each quantity, the breakdowns (indices, ascending) it is a part of; built once per report. */
const breakdownsByPart = oncePerFacts((facts): ReadonlyMap<number, readonly number[]> => {
  const byPart = new Map<number, number[]>();
  facts.report.breakdowns.forEach((b, i) => {
    for (const part of new Set(b.parts)) {
      const lists = byPart.get(part);
      if (lists) lists.push(i);
      else byPart.set(part, [i]);
    }
  });
  return byPart;
});

function operandCandidates(facts: NumberFacts, w: Window, op: Operand, canonical: boolean): RateCandidate[] {
  const strengthOf = (fs: readonly CountFact[]) => (canonical && fs.every((f) => near(w, f)) ? "explicit" : "plausible");
  if (op.kind === "role") {
    const out: RateCandidate[] = [];
    for (const f of w.counts) if (f.role === op.role) out.push(single(f, op.role, canonical && near(w, f) ? "explicit" : "plausible"));
    return out;
  }
  if (op.kind === "parts") return partSums(facts, w, op.parts, op.of, canonical ? "explicit" : "plausible");
  if (op.kind === "difference") {
    // One role less others, each printed once (审结27宗 − 撤诉3宗 = the 24 decided by judgment).
    const whole = w.counts.filter((f) => f.role === op.of);
    const less = mapped(op.minus, (role) => w.counts.filter((f) => f.role === role));
    if (whole.length !== 1 || less.some((g) => g.length !== 1)) return [];
    const minus = mapped(less, (g) => g[0]!);
    const value = minus.reduce((v, f) => add(v, { num: -f.value.num, den: f.value.den }), whole[0]!.value);
    if (value.num <= 0n) return [];
    const sources: CountFact[] = [whole[0]!];
    for (const f of minus) sources.push(f);
    return [{ value, sources, unit: whole[0]!.unit, role: `${op.of}−${op.minus.join("−")}`, strength: "plausible" }];
  }
  // A sum of roles: one count of each (受理 + 上期未结).
  const groups = mapped(op.roles, (role) => w.counts.filter((f) => f.role === role));
  if (groups.some((g) => g.length !== 1)) return [];
  const members = mapped(groups, (g) => g[0]!);
  return [derived(members, op.roles.join("+"), strengthOf(members))];
}

const namesAMember = (f: CountFact) => f.members.size > 0;

/**
 * Sums of sibling counts that cover a complete partition (按时办结426件，逾期办结4件 → 430 办结): a
 * rate may be computed from the whole they make. Plausible only: they silence, never accuse.
 */
function partitionSums(w: Window): RateCandidate[] {
  const out: RateCandidate[] = [];
  // Most sentences have no count naming a partition member: then no partition is tried (and no list built).
  if (!w.counts.some((f) => f.sentence === w.sentence && !f.inParens && namesAMember(f))) return out;
  const ownSentence = w.counts.filter((f) => f.sentence === w.sentence && !f.inParens).reverse();
  for (const partition of PARTITIONS) {
    if (!partition.complete) continue;
    const size = partition.members.length;
    let naming = 0;
    for (const f of ownSentence) if (f.members.has(partition.id)) naming++;
    if (naming < size) continue;
    // Each window of `size` counts, tried in place: a list is built only for one that makes the whole.
    for (let i = 0; i + 1 < ownSentence.length && i + size <= ownSentence.length; i++) {
      if (!namesDistinctMembers(ownSentence, i, i + size, partition.id)) continue;
      if (!sameUnitAsFirst(ownSentence, i, i + size)) continue;
      out.push(derived(ownSentence.slice(i, i + size), "", "plausible"));
    }
  }
  return out;
}

/** Every count of list[from, to) has a unit compatible with the first's. */
function sameUnitAsFirst(list: readonly CountFact[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!unitsCompatible(list[i]!.unit, list[from]!.unit)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Candidates of shares

/** The count a share is of: the nearest count before 占 in its clause, and a 、-list right before it. */
function shareNumerators(report: Report, w: Window, rate: Rate, table?: TableShare): RateCandidate[] {
  if (table) {
    const above = table.above === null ? undefined : w.counts.find((f) => f.index === table.above);
    // Named by its column's heading; a cell's own words end at the cell border (数量 | 75件 → "").
    return above ? [single(above, table.column || above.words.replace(/^.*[|｜]\s*/u, ""), "explicit")] : [];
  }
  const inClause = w.counts.filter((f) => f.clause === w.clause && f.quantity.span[1] <= rate.span[0]);
  const nearest = inClause[0];
  if (!nearest) return [];
  // 诉讼案件占比84%, 农民工占52.4%: the share names a part of its own, not the count before it.
  const between = report.text.slice(nearest.quantity.span[1], shareStart(report, rate));
  const segments = between.split(/[，,；;：:]/u);
  const last = segments.at(-1)!.trim();
  if (segments.length > 1 && last !== "" && !/[的是]$/u.test(last)) return [];
  const out = [single(nearest, nearest.words, "explicit")];
  // 交通能源环保类783件、城乡建设类579件、政法类562件，占工单总量的77%: the list is the part.
  const list = [nearest];
  for (const f of inClause.slice(1)) {
    const between = report.text.slice(f.quantity.span[1], list.at(-1)!.quantity.span[0] - list.at(-1)!.quantity.label.length);
    if (!/^\s*[、和及与]\s*$/u.test(between) || !unitsCompatible(f.unit, nearest.unit)) break;
    list.push(f);
  }
  if (list.length > 1) out.push(derived([...list].reverse(), "", "explicit"));
  return out;
}

/** Where a share's words start (its 占, or the 比例/比重 before the number). */
function shareStart(report: Report, rate: Rate): number {
  const clause = report.clauses[rate.clause!]!;
  const from = Math.max(clause.span[0], rate.span[0] - (rate.share?.length ?? 0) - 12);
  const zhan = report.text.lastIndexOf("占", rate.span[0]);
  if (zhan >= from) return zhan;
  const name = rate.name ? report.text.lastIndexOf(rate.name.slice(0, 1), rate.span[0]) : -1;
  return name >= from ? name : rate.span[0];
}

/** The words that name a share's whole, reduced to what a count's words would hold ("已审结总数" → "审结"). */
function baseKey(share: string): string {
  return share.replace(BASE_PREFIX, "").replace(BASE_SUFFIX, "").replace(BASE_PREFIX, "");
}

/**
 * A share's possible wholes: the one it names (占已审结总数的…), the whole of the list its count is a
 * part of, the counts of its sentence before the part, the totals printed before it, and the sum
 * of its sibling shares' counts when their shares add up to 100%.
 */
function shareBases(
  report: Report,
  facts: NumberFacts,
  w: Window,
  rate: Rate,
  k: RateCandidate | undefined,
  siblings: readonly SiblingShare[],
  table?: TableShare,
): RateCandidate[] {
  const out: RateCandidate[] = [];
  const part = k?.sources[0];
  const bigEnough = (f: CountFact) => !k || (compare(f.value, k.value) >= 0 && !k.sources.includes(f));
  const named = rate.share ?? table?.base ?? "";
  // In a run of shares of one whole (反映问题类5120件，占比79.62%；咨询建议类983件，占比15.29%), an
  // earlier category is a sibling of this one, never its whole (unless 其中 opens this part).
  const run = siblings.length >= 2 ? runInfo(facts, siblings) : null;
  const nested = part !== undefined && /其中|包括|含/u.test(part.quantity.label);
  const sibling = (f: CountFact) => {
    const s = run?.byPart.get(f);
    return s !== undefined && s.rate !== rate && s.rate.share === rate.share && s.rate.span[0] < rate.span[0] && !nested;
  };
  const candidates = w.counts.filter((f) => bigEnough(f) && (!k || unitsCompatible(f.unit, k.unit)) && !sibling(f));
  if (!GENERIC_BASE.test(named)) {
    // The whole is named (占已审结总数的…): only a count of that name can be it; when none is
    // printed, the share cannot be checked.
    const key = baseKey(named);
    // A whole of a wider scope (占全省…的) is only a count of that scope.
    const scope = SCOPE.exec(named)?.[0];
    const names = (f: CountFact) => f.quantity.label.includes(key.slice(-2)) && (!scope || f.quantity.label.includes(scope));
    let matching = key.length >= 2 ? candidates.filter(names) : [];
    // A table's row of shares (占新受理数比例) names a whole the text gave before the table, often
    // sections before it: looked for further back, by its name only.
    if (table && key.length >= 2 && matching.length === 0) {
      matching = countsBefore(facts, w.sentence, rate.span[0], TABLE_BASE_REACH).filter(
        (f) => usable(f) && f.countable && bigEnough(f) && (!k || unitsCompatible(f.unit, k.unit)) && names(f),
      );
    }
    // The nearest count of that name is the whole for certain when it carries the name in full, in
    // the share's paragraph, and no other count so named there says otherwise (the same name in
    // another paragraph may be another scope's: 法律援助案件9.9万件 of the city, 总量 of one centre).
    const paragraph = report.clauses[rate.clause!]!.paragraph;
    const nearest = matching[0];
    const certain =
      nearest !== undefined &&
      nearest.paragraph === paragraph &&
      nearest.quantity.label.includes(key) &&
      matching.every((f) => f.paragraph !== paragraph || compare(f.value, nearest.value) === 0);
    matching.forEach((f, i) => out.push(single(f, key, certain && i === 0 ? "explicit" : "plausible")));
    // A whole named by a role (审结总数) that no count carries is not printed. One named otherwise
    // (总来电量) may be the sentence's own total (共受理群众反映诉求4.04万件).
    if (out.length === 0 && findRoles(key).length === 0) {
      const own = candidates.filter((f) => f.sentence === w.sentence && (!part || f.quantity.span[0] < part.quantity.span[0]));
      const total = own.find((f) => f.kind === "total") ?? own.at(-1);
      if (total) out.push(single(total, "", "plausible"));
    }
    return out;
  }
  if (part) {
    for (const i of breakdownsByPart(facts).get(part.index) ?? []) {
      const b = report.breakdowns[i]!;
      if (b.whole === null) continue;
      const whole = candidates.find((f) => f.index === b.whole);
      if (whole) out.push(single(whole, "", "explicit"));
    }
  }
  const sameSentence = candidates.filter((f) => f.sentence === w.sentence && (!part || f.quantity.span[0] < part.quantity.span[0]));
  const first = sameSentence.at(-1);
  if (first) out.push(single(first, "", GENERIC_BASE.test(named) && first.kind === "total" ? "explicit" : "plausible"));
  for (const f of candidates) {
    if (f.sentence !== w.sentence && (f.kind === "total" || f === candidates.find((c) => c.sentence === f.sentence))) {
      out.push(single(f, "", "plausible"));
    }
  }
  if (run && (!k || unitsCompatible(run.parts.unit, k.unit))) {
    // A count printed before the run that its parts add up to exactly is their whole for certain
    // (经审查立案175件 … 94件，占53.7%；36件，占20.6%；45件，占25.7%), whatever the shares say.
    const printed = run.exact
      ? candidates.find((f) => f.exact !== null && f.quantity.span[1] <= run.start && compare(f.value, run.parts.value) === 0)
      : undefined;
    if (printed) out.push(single(printed, "", "explicit"));
    else if (run.makeWhole) out.push(run.parts);
  }
  return out;
}

/** A share in a run of shares of one whole (咨询类34000件，占47.61%；求助类20987件，占29.39%；…). */
interface SiblingShare {
  readonly rate: Rate;
  readonly part: CountFact;
}

/** Runs of consecutive shares in a paragraph, each with the count right before it. */
function siblingShareRuns(report: Report, facts: NumberFacts): Map<Rate, SiblingShare[]> {
  const byRate = new Map<Rate, SiblingShare[]>();
  let run: SiblingShare[] = [];
  let paragraph = -1;
  const flush = () => {
    if (run.length >= 2) for (const s of run) byRate.set(s.rate, run);
    run = [];
  };
  for (const rate of report.rates) {
    if (rate.share === null || rate.clause === null || rate.kind !== "percent") continue;
    const clause = report.clauses[rate.clause]!;
    const sentence = facts.sentenceOfClause[rate.clause]!;
    const part = lastCountBefore(facts, sentence, rate);
    if (clause.paragraph !== paragraph) flush();
    paragraph = clause.paragraph;
    if (!part || !usable(part) || (run.length > 0 && !unitsCompatible(run[0]!.part.unit, part.unit))) {
      flush();
      if (part && usable(part)) run.push({ rate, part });
      continue;
    }
    run.push({ rate, part });
  }
  flush();
  return byRate;
}

/** The last count of the rate's clause ending before it, found from a search, not a scan of its sentence. */
function lastCountBefore(facts: NumberFacts, sentence: number, rate: Rate): CountFact | undefined {
  const info = facts.sentences[sentence]!;
  for (let k = countsStartingBefore(facts, info, rate.span[0]) - 1; k >= 0; k--) {
    const f = facts.counts[info.counts[k]!]!;
    if (f.clause < rate.clause!) break;
    if (f.clause === rate.clause && f.quantity.span[1] <= rate.span[0]) return f;
  }
  return undefined;
}

/** What every share of a run needs about the run, computed once per run. */
interface RunInfo {
  /** The sum of the run's counts. */
  readonly parts: RateCandidate;
  /** Every count is a whole count. */
  readonly exact: boolean;
  /** The printed shares add up to 100% within their rounding. */
  readonly makeWhole: boolean;
  /** Where the run's first count stands. */
  readonly start: number;
  readonly byPart: ReadonlyMap<CountFact, SiblingShare>;
}

const runInfos = oncePerFacts(() => new Map<readonly SiblingShare[], RunInfo>());

function runInfo(facts: NumberFacts, siblings: readonly SiblingShare[]): RunInfo {
  let info = runInfos(facts).get(siblings);
  if (!info) {
    info = {
      parts: derived(mapped(siblings, (s) => s.part), "", "plausible"),
      exact: siblings.every((s) => s.part.exact !== null),
      makeWhole: siblingSharesMakeWhole(siblings),
      start: siblings[0]!.part.quantity.span[0],
      byPart: new Map(mapped(siblings, (s) => [s.part, s])),
    };
    runInfos(facts).set(siblings, info);
  }
  return info;
}

/** True when a run's printed shares add up to 100% within their rounding: its counts make the whole. */
function siblingSharesMakeWhole(siblings: readonly SiblingShare[]): boolean {
  return sharesWithinHundred(mapped(siblings, (s) => toPrintedPercent(s.rate)));
}

// ---------------------------------------------------------------------------------------------
// Candidates of named rates (持证率, 立案率…)

function namedNumerators(w: Window, stem: string): RateCandidate[] {
  const carries = (f: CountFact) => f.quantity.label.includes(stem) && !new RegExp(`[应未不非]${stem}`, "u").test(f.quantity.label);
  const out: RateCandidate[] = [];
  for (const f of w.counts) if (carries(f)) out.push(single(f, stem, near(w, f) ? "explicit" : "plausible"));
  const nearest = w.counts.find((f) => f.clause === w.clause);
  if (nearest && !out.some((c) => c.sources.includes(nearest))) out.push(single(nearest, "", "plausible"));
  return out;
}

function namedBases(w: Window, stem: string, k: readonly RateCandidate[]): RateCandidate[] {
  const out: RateCandidate[] = [];
  for (const f of w.counts) {
    if (new RegExp(`应${stem}`, "u").test(f.quantity.label)) out.push(single(f, `应${stem}`, near(w, f) ? "explicit" : "plausible"));
  }
  const own = w.counts.filter((f) => f.sentence === w.sentence);
  const first = own.at(-1);
  const firstK = k.find((c) => c.strength === "explicit")?.sources[0];
  if (first && first.kind === "total" && firstK && first !== firstK && first.quantity.span[0] < firstK.quantity.span[0]) {
    out.push(single(first, "", "explicit"));
  }
  for (const f of w.counts) if (!out.some((c) => c.sources.includes(f))) out.push(single(f, "", "plausible"));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deciding

/** Whether a pair gives the printed rate: exactly for whole counts, within rounding for amounts. */
/**
 * The round-to-nearest test of §4.3 for whole counts and a rate printed without hedge words,
 * (2R − 1)·n ≤ S·k ≤ (2R + 1)·n with S = 2·10^(d+2), and the strict 100% / 0% and truncation
 * readings — the same verdicts as checkRate, without re-reading the printed rate for every pair.
 */
function exactFit(p: PrintedPercent, k: bigint, n: bigint): { consistent: boolean; truncated: boolean } {
  if (n === 0n) return { consistent: true, truncated: false };
  const unit = 10n ** BigInt(p.d + 2);
  const s = 2n * unit;
  const round = (2n * p.R - 1n) * n <= s * k && s * k <= (2n * p.R + 1n) * n;
  const strict = (p.R === 100n * 10n ** BigInt(p.d) && k < n) || (p.R === 0n && k > 0n);
  const truncated = !round && p.R * n <= unit * k && unit * k < (p.R + 1n) * n;
  return { consistent: round && !strict, truncated };
}

function fits(rate: Rate, printed: PrintedPercent, pair: RatePair): { consistent: boolean; truncated: boolean } {
  const exactK = pair.k.sources.every((f) => f.exact !== null);
  const exactN = pair.n.sources.every((f) => f.exact !== null);
  if (exactK && exactN && printed.approx === "exact" && pair.k.value.den === 1n && pair.n.value.den === 1n) {
    return exactFit(printed, pair.k.value.num, pair.n.value.num);
  }
  if (exactK && exactN) {
    const check = checkRate(rate, pair.k.value, pair.n.value);
    return { consistent: check.consistent || check.reason === "zero-denominator", truncated: check.mode === "truncate" };
  }
  const range = (c: RateCandidate) =>
    mapped(c.sources, (f) => f.intervals.hard).reduce((a, b) => ({
      lo: add(a.lo, b.lo),
      loOpen: a.loOpen || b.loOpen,
      hi: a.hi === null || b.hi === null ? null : add(a.hi, b.hi),
      hiOpen: a.hiOpen || b.hiOpen,
    }));
  return { consistent: rateFitsRange(rate, range(pair.k), range(pair.n)), truncated: false };
}

function pairsOf(K: readonly RateCandidate[], N: readonly RateCandidate[]): RatePair[] {
  const out: RatePair[] = [];
  // The first MAX_K and MAX_N candidates, by index (no copies of the lists).
  for (let i = 0; i < K.length && i < MAX_K; i++) {
    const k = K[i]!;
    for (let j = 0; j < N.length && j < MAX_N; j++) {
      const n = N[j]!;
      if (!compatible(k, n) || !partOf(k, n) || n.value.num === 0n) continue;
      if (compare(k.value, n.value) > 0) continue;
      out.push({ k, n });
    }
  }
  return out;
}

/** k ÷ n in percent, as a float: for ordering readings only, never for a verdict. */
const approxPercent = (p: RatePair) => (Number(p.k.value.num) * Number(p.n.value.den) * 100) / (Number(p.k.value.den) * Number(p.n.value.num));
const rank = (p: RatePair) => (p.k.strength === "explicit" ? 2 : 0) + (p.n.strength === "explicit" ? 1 : 0);

function decide(reading: Reading, rate: Rate, K: readonly RateCandidate[], N: readonly RateCandidate[], w: Window, grimBases: readonly RateCandidate[]): RateOutcome {
  const pairs = pairsOf(K, N);
  if (pairs.length === 0) return infeasibility(reading, rate, K, grimBases, w);
  // The rate's own base is printed (受理投诉举报15件；办结率99%) but no numerator of its kind: pairs of
  // other counts around it (书面审查用人单位32户 of 巡查120户) are not what the rate is of.
  const explicitN = N.filter((n) => n.strength === "explicit");
  if (explicitN.length > 0 && !pairs.some((p) => p.n.strength === "explicit")) {
    const isBase = (k: RateCandidate) => explicitN.some((n) => n.sources.some((f) => k.sources.includes(f)));
    const ofBase = K.filter((k) => !isBase(k) && explicitN.some((n) => compatible(k, n)));
    return infeasibility(reading, rate, ofBase, grimBases, w);
  }
  const printed = toPrintedPercent(rate);
  // The first pair that fits decides: the pairs after it are only tried when none before it fits.
  const checks: { pair: RatePair; truncated: boolean }[] = [];
  for (const pair of pairs) {
    const fit = fits(rate, printed, pair);
    if (fit.consistent) return { kind: "consistent", pair };
    checks.push({ pair, truncated: fit.truncated });
  }
  // A rate cut off rather than rounded is a habit, never certain (§4.3): a note, or a warning when
  // the counts it was cut from are printed beside it.
  const explicit = checks.filter((c) => c.pair.k.strength === "explicit" && c.pair.n.strength === "explicit");
  const truncated = checks.find((c) => c.truncated);
  if (truncated) return { kind: "truncated", pair: truncated.pair, severity: explicit.some((c) => c.truncated) ? "warning" : "info" };
  if (explicit.length > 0) {
    const severity: Certainty = reading.indicator?.mismatchSeverity === "warn" ? "warning" : "error";
    return { kind: "mismatch", pair: explicit[0]!.pair, severity };
  }
  if (reading.form === "indicator") {
    // The bases worth naming: role-named counts, or the sentence's own total before the rate.
    const shown = pairs.filter((p) => p.n.role !== "" || (p.n.sources.length === 1 && isSentenceTotal(w, p.n.sources[0]!, rate)));
    if (shown.length === 0) return CONSISTENT;
    return { kind: "unclear", pairs: shown };
  }
  // A share or named rate with counts around it but no certain pair: the most likely reading, and
  // of equally likely ones the nearest to the printed rate (a slip moves a rate a little).
  const off = (p: RatePair) => Math.abs(approxPercent(p) - Number(rate.value));
  const best = [...pairs].sort((a, b) => rank(b) - rank(a) || off(a) - off(b))[0]!;
  if (best.k.strength !== "explicit") return CONSISTENT;
  return { kind: "mismatch", pair: best, severity: "warning" };
}

/** The first count of the rate's sentence, or one that states a total, printed before the rate. */
function isSentenceTotal(w: Window, f: CountFact, rate: Rate): boolean {
  if (f.sentence !== w.sentence || f.quantity.span[1] > rate.span[0]) return false;
  const own = w.counts.filter((c) => c.sentence === w.sentence);
  return f.kind === "total" || own.at(-1) === f;
}

/** The counts of the rate's sentence after its first count and before the rate: likely parts of it. */
function likelyParts(w: Window, rate: Rate): RateCandidate[] {
  const own = w.counts.filter((f) => f.sentence === w.sentence && f.quantity.span[1] <= rate.span[0] && f.countable).reverse();
  return singles(own.slice(1), "", "plausible");
}

/** Counts of a role in the two or three sentences before the rate's, in its paragraph. */
function earlierRoleCounts(facts: NumberFacts, w: Window, role: string): RateCandidate[] {
  const out: RateCandidate[] = [];
  const paragraph = facts.sentences[w.sentence]!.paragraph;
  // The nearest counts only (a window as wide as the rate's own): a sentence of a flattened table
  // holds hundreds.
  let room = WINDOW.limit;
  for (let s = w.sentence - 1; s >= 0 && s >= w.sentence - 3 && room > 0; s--) {
    const info = facts.sentences[s]!;
    if (info.paragraph !== paragraph) break;
    const nearest = info.counts.slice(Math.max(0, info.counts.length - room));
    room -= nearest.length;
    for (const k of nearest) {
      const f = facts.counts[k]!;
      if (f.role === role && usable(f) && !w.counts.includes(f)) out.push(single(f, role, "plausible"));
    }
  }
  return out;
}

/** Sums of the counts of one role in the rate's sentence (满意144件，基本满意2件 → 146). */
function roleSums(w: Window): RateCandidate[] {
  const byRole = new Map<string, CountFact[]>();
  for (const f of w.counts) {
    if (f.sentence !== w.sentence || f.role === null) continue;
    byRole.set(f.role, [...(byRole.get(f.role) ?? []), f]);
  }
  const out: RateCandidate[] = [];
  for (const [role, counts] of byRole) {
    if (counts.length >= 2 && counts.length <= 6 && counts.every((c) => unitsCompatible(c.unit, counts[0]!.unit))) {
      out.push(derived([...counts].reverse(), role, "plausible"));
    }
  }
  return out;
}

interface DenominatorRoles {
  /** The roles of the lexicon's alternative denominators. */
  readonly altRoles: ReadonlySet<string>;
  /** The roles of its canonical denominator. */
  readonly ownRoles: ReadonlySet<string>;
}

const NO_DENOMINATOR_ROLES: DenominatorRoles = { altRoles: new Set(), ownRoles: new Set() };
// Lexicon entries are constant: their role sets are built once, not per rate.
const denominatorRoleCache = new WeakMap<IndicatorDef, DenominatorRoles>();

function denominatorRoles(indicator: IndicatorDef | null): DenominatorRoles {
  if (!indicator) return NO_DENOMINATOR_ROLES;
  let roles = denominatorRoleCache.get(indicator);
  if (!roles) {
    roles = {
      altRoles: new Set<string>(indicator.altDenominators.flatMap((op) => operandRoles(op))),
      ownRoles: new Set<string>(indicator.denominator ? operandRoles(indicator.denominator) : []),
    };
    denominatorRoleCache.set(indicator, roles);
  }
  return roles;
}

/** Only the base is printed: is the rate possible at all for it (15件 → 99% is not)? */
function infeasibility(reading: Reading, rate: Rate, K: readonly RateCandidate[], N: readonly RateCandidate[], w: Window): RateOutcome {
  if (K.length > 0) return CONSISTENT;
  // A sentence with no count of its own speaks of the sentence before: its base may stand there.
  const ownless = !w.counts.some((c) => c.sentence === w.sentence);
  // From a sentence before, a base the lexicon only allows as an alternative is too weak: 调解成功率
  // after 当期受理案件67件 two sentences back is of 调解, not of 受理 (indicator-math row 11).
  const { altRoles, ownRoles } = denominatorRoles(reading.indicator);
  const canonical = (n: RateCandidate) => !altRoles.has(n.role) || ownRoles.has(n.role);
  const bases = N.filter(
    (n) =>
      n.sources.length === 1 &&
      n.sources[0]!.exact !== null &&
      n.sources[0]!.countable &&
      (near(w, n.sources[0]!) || reading.form === "share" || (ownless && canonical(n))),
  );
  const own = bases.filter((n) => !namesNumerator(n.sources[0]!, reading));
  // The distinct values, in order (a few bases: a list, not a Set and its copy).
  const values: bigint[] = [];
  for (const n of own) if (!values.includes(n.value.num)) values.push(n.value.num);
  if (values.length === 0) return { kind: "unchecked" };
  const certain = own.length === 1 && own[0]!.strength === "explicit" && near(w, own[0]!.sources[0]!);
  // With a base that is only likely, a rate cut off rather than rounded still counts as possible.
  // The feasibility alone: grimCheck would also work out the nearest feasible rates, unused here.
  const possible = (n: bigint) => !isGrimTestable(rate, n) || isFeasible(rate, n) || (!certain && truncationFeasible(rate, n));
  if (values.some(possible)) return CONSISTENT;
  return { kind: "infeasible", bases: own, severity: certain ? "error" : "warning" };
}

/**
 * A share with no part printed that still says what it is a share of: the whole named as 总量,
 * 总数 or 全部, or the sentence opens with 其中 after the sentence that gives the total.
 */
function sharesTheTotal(report: Report, facts: NumberFacts, w: Window, rate: Rate): boolean {
  const named = rate.share ?? "";
  if (named !== "" && GENERIC_BASE.test(named)) return true;
  const sentence = facts.sentences[w.sentence]!;
  return /^\s*其中/u.test(report.text.slice(sentence.start, sentence.end));
}

/** True when some whole k ≤ n gives the printed rate with its digits cut off (32 ÷ 34 = 94.117 → 94.11). */
function truncationFeasible(rate: Rate, n: bigint): boolean {
  const p = toPrintedPercent(rate);
  const scale = 10n ** BigInt(p.d + 2);
  // k with R·n ≤ scale·k < (R + 1)·n.
  const k = (p.R * n + scale - 1n) / scale;
  return k <= n && k * scale < (p.R + 1n) * n;
}

/** 仲裁调解及基层调解共结案868宗 names the numerator (调解) too: it cannot serve as the base alone. */
function namesNumerator(fact: CountFact, reading: Reading): boolean {
  const indicator = reading.indicator;
  if (!indicator?.numerator) return false;
  const numeratorRoles = numeratorRolesOf(indicator);
  for (const r of findRoles(fact.quantity.label)) if (numeratorRoles.has(r.role)) return true;
  return false;
}

// Lexicon entries are constant: the roles of their numerators are listed once, not per base tried.
const numeratorRoleCache = new WeakMap<IndicatorDef, ReadonlySet<string>>();

function numeratorRolesOf(indicator: IndicatorDef): ReadonlySet<string> {
  let roles = numeratorRoleCache.get(indicator);
  if (!roles) {
    roles = new Set<string>([indicator.numerator!, ...indicator.altNumerators].flatMap((op) => operandRoles(op)));
    numeratorRoleCache.set(indicator, roles);
  }
  return roles;
}

/**
 * The base a sentence implies when no count names it (全镇9个村，覆盖率95%): its totals before the
 * rate, or its one count before the rate. Used only to ask whether the rate is possible at all.
 */
function sentenceBases(w: Window, facts: NumberFacts): RateCandidate[] {
  const pick = (counts: readonly CountFact[]) => {
    const totals = counts.filter((f) => f.kind === "total");
    return totals.length > 0 ? totals : counts.length === 1 ? counts : [];
  };
  const own = w.counts.filter((f) => f.sentence === w.sentence && f.countable);
  // A sentence with no count of its own speaks of the one before (全镇共有9个行政村。…覆盖率95%).
  const previous = facts.sentences[w.sentence - 1];
  // Its nearest counts only (as many as a window holds).
  const before =
    own.length === 0 && previous && previous.paragraph === facts.sentences[w.sentence]!.paragraph
      ? previous.counts
          .slice(Math.max(0, previous.counts.length - WINDOW.limit))
          .map((k) => facts.counts[k]!).filter((f) => f.countable && f.kind !== "average" && f.kind !== "change")
      : [];
  return singles(pick(own.length > 0 ? own : before), "", "plausible");
}

/**
 * The counts earlier rates of the paragraph were found to fit, nearest first (共审结12195件。直接纠错
 * 1639件，直接纠错率13.4%；…化解4426件，综合化解率36.3%: the rates of one paragraph share their base).
 * Both sides of each pair: a later rate may be of the earlier base or of the earlier part (审结率 of
 * 受理, then 撤销率 of 审结). Plausible only.
 */
function earlierFittedCounts(facts: NumberFacts, w: Window, rate: Rate, earlier: readonly RateClaim[]): RateCandidate[] {
  const bases: RateCandidate[] = [];
  const parts: RateCandidate[] = [];
  const seenFact = (f: CountFact) => [...bases, ...parts].some((c) => c.sources[0] === f);
  const paragraph = facts.sentences[w.sentence]!.paragraph;
  const stop = Math.max(0, earlier.length - SHARED_BASE.looked);
  for (let i = earlier.length - 1, seen = 0; i >= stop && seen < SHARED_BASE.rates; i--) {
    const claim = earlier[i]!;
    if (claim.rate.clause === null || claim.rate.span[1] > rate.span[0]) continue;
    const sentence = facts.sentenceOfClause[claim.rate.clause]!;
    if (facts.sentences[sentence]!.paragraph !== paragraph || w.sentence - sentence > SHARED_BASE.sentences) break;
    const pair = claim.outcome.kind === "consistent" ? claim.outcome.pair : undefined;
    if (!pair) continue;
    seen++;
    for (const [side, into] of [[pair.n, bases], [pair.k, parts]] as const) {
      const f = side.sources.length === 1 ? side.sources[0]! : undefined;
      // What an earlier part counts is no name for a base (纠错 as the whole of 化解率).
      if (f && f.exact !== null && f.countable && !seenFact(f)) into.push(single(f, into === bases ? side.role : "", "plausible"));
    }
  }
  return [...bases, ...parts];
}

function analyseRate(
  report: Report,
  facts: NumberFacts,
  rate: Rate,
  siblings: Map<Rate, SiblingShare[]>,
  earlier: readonly RateClaim[],
  rateIndex: number,
): RateClaim | null {
  const reading = readRate(report, rate);
  if (!reading) return null;
  const w = windowOf(facts, rate, reading);
  let K: RateCandidate[];
  let N: RateCandidate[];
  let numeratorWord: string | undefined;
  let grimBases: RateCandidate[];
  if (reading.form === "indicator") {
    const indicator = reading.indicator!;
    // The candidate lists are built by push, never by spread or map (see derived).
    K = operandCandidates(facts, w, indicator.numerator!, true);
    for (const op of indicator.altNumerators) pushAll(K, operandCandidates(facts, w, op, false));
    N = operandCandidates(facts, w, indicator.denominator!, true);
    for (const op of indicator.altDenominators) pushAll(N, operandCandidates(facts, w, op, false));
    // The canonical base printed a sentence or two before (共审结…12195件。直接纠错1639件，直接纠错
    // 率13.4%) may be meant: it is plausible, not certain.
    if (!N.some((n) => n.strength === "explicit") && indicator.denominator!.kind === "role") {
      pushAll(N, earlierRoleCounts(facts, w, indicator.denominator!.role));
    }
    // Counts with no role word (我局行政诉讼案件12件), sums of complete lists and sums of counts of one
    // role (满意144件，基本满意2件) may be the base or the part of any rate: they can only silence.
    for (const f of w.counts) if (f.role === null || f.sentence === w.sentence) N.push(single(f, "", "plausible"));
    const sums = partitionSums(w);
    pushAll(sums, roleSums(w));
    pushAll(N, sums);
    if (K.length > 0) pushAll(K, sums);
    // Only a count the rate names as its base, or a base its sentence implies, can make it impossible.
    const named = N.filter((n) => n.role !== "");
    grimBases = named.length > 0 ? named : indicator.implicitBase ? sentenceBases(w, facts) : [];
    // Rates of what the sentence counts (覆盖率 of 全镇24个村…已有21个建成…) may have no role word for
    // their part: the counts after the sentence's total are its likely parts.
    if (K.length === 0 && indicator.implicitBase) K = likelyParts(w, rate);
    numeratorWord = indicator.numerator!.kind === "role" ? indicator.numerator!.role : undefined;
  } else if (reading.form === "share") {
    K = shareNumerators(report, w, rate, reading.table);
    N = shareBases(report, facts, w, rate, K[0], siblings.get(rate) ?? [], reading.table);
    // Without its part printed, a share can still be impossible for its whole (受理34件。其中…占总量
    // 的94.11% — 32 of 34 is 94.12): the whole it names, or the total just before it.
    grimBases = N.filter((n) => n.strength === "explicit");
    if (K.length === 0 && grimBases.length === 0 && sharesTheTotal(report, facts, w, rate)) {
      grimBases = N.filter((n) => n.sources.length === 1 && n.sources[0]!.kind !== "average").slice(0, 1);
    }
    numeratorWord = (reading.table ? K[0]?.role : K[0]?.sources[0]?.words) || undefined;
  } else {
    K = namedNumerators(w, reading.stem);
    N = namedBases(w, reading.stem, K);
    const shared = earlierFittedCounts(facts, w, rate, earlier);
    pushAll(N, shared);
    // The bases of the paragraph's other rates bound this one only when what it counts is counted
    // there too (实质性化解15件 … 综合纠错化解率), not for a rate of something else (群众知晓率).
    const counted = K.some((k) => k.role === reading.stem);
    grimBases = [...(counted ? shared : []), ...N.filter((n) => n.role !== "" && !shared.includes(n)), ...sentenceBases(w, facts)];
    // A count that does not carry the rate's stem (收到…3条，答复率100%) is its base, not its part.
    if (!K.some((k) => k.strength === "explicit")) K = [];
    numeratorWord = reading.stem;
  }

  if (isAboveHundred(rate)) {
    let numeratorAbove: RatePair | null = null;
    if (reading.form === "indicator") {
      for (const k of K.filter((c) => c.strength === "explicit")) {
        const n = N.find((c) => c.strength === "explicit" && c.role !== "" && disjointSources(k, c) && compatible(k, c) && compare(k.value, c.value) > 0);
        if (n) {
          numeratorAbove = { k, n };
          break;
        }
      }
    }
    // An unlisted …率 is a proportion for sure only when its stem says what is counted (持证, 执行).
    const severity: Certainty = reading.form !== "named" || BOUNDED_RATE_STEMS.some((stem) => reading.name.includes(stem)) ? "error" : "warning";
    return claimOf(rate, rateIndex, reading, numeratorWord, { kind: "over-hundred", numeratorAbove, severity });
  }
  return claimOf(rate, rateIndex, reading, numeratorWord, decide(reading, rate, K, N, w, grimBases));
}

/** A claim built in one go, every claim with one shape (no spread of a partial claim). */
function claimOf(rate: Rate, rateIndex: number, reading: Reading, numeratorWord: string | undefined, outcome: RateOutcome): RateClaim {
  return { rate, rateIndex, form: reading.form, name: reading.name, indicator: reading.indicator, numeratorWord, outcome };
}

/** Every checked percentage of a report with its verdict, computed once per report. */
export function rateClaims(report: Report): readonly RateClaim[] {
  return claimsOf(numberFacts(report));
}

const claimsOf = oncePerFacts((facts): readonly RateClaim[] => {
  const { report } = facts;
  const siblings = siblingShareRuns(report, facts);
  const out: RateClaim[] = [];
  report.rates.forEach((rate, rateIndex) => {
    const claim = analyseRate(report, facts, rate, siblings, out, rateIndex);
    if (claim) out.push(claim);
  });
  return out;
});
