/**
 * Part–whole claims: which printed counts the text gives as the parts of another, whether they
 * claim to make it up, how sure it is that they do not overlap, and the verdict of the arithmetic.
 *
 * Claims come from two places:
 * - the parser's breakdowns, built from the text's own markers (67件（…）, ，其中…, 分别为…, …，共计41件);
 * - sibling counts in running text that the markers do not tie together: a total followed by parts
 *   sharing its head noun and closed by 其他/其余 (政务服务事项420项，行政许可事项185项，其他事项251项),
 *   or the members of a complete partition (第一、二、三产业; 直办/转办; 国有/非国有; 城镇/乡村) whose
 *   total is printed before them;
 * - the kinds of a total named in KIND_SPLITS (行政处罚…，行政强制… after 共办理各类行政执法案件…), read across
 *   the sentences of its paragraph.
 * The rules turn verdicts into findings: part-exceeds-total when one part alone is above its whole
 * (and then nothing else for that claim: one defect, one finding), sum-mismatch otherwise.
 */
import {
  checkRate,
  classifyParts,
  commonSuffix,
  compare,
  div,
  neg,
  sub,
  sum,
  toPrintedPercent,
  checkPartWhole,
  partWholeArithmetic,
  partWholeVerdict,
  sharesWithinHundred,
  unitsCompatible,
  type PartWholeArithmetic,
  type PrintedPercent,
  type Rational,
  type UnitRef,
} from "@reportlint/indicator-math";
import {
  ADMINISTRATIVE_LEVELS,
  type Breakdown,
  KIND_SPLITS,
  PARTITIONS,
  RESIDUAL_MARKERS,
  type Partition,
} from "@reportlint/report-model";
import { countsBefore, factOf, namesDistinctMembers, numberFacts, type CountFact, type NumberFacts } from "./facts.js";
import { oncePerFacts } from "./once-per-facts.js";
import type { Report } from "@reportlint/report-model";
import { firstIndexNotBefore } from "@reportlint/parser";
import { mapped } from "../util/lists.js";

/** Severity a claim can justify at most. */
export type Certainty = "error" | "warning";

/** Counts the text gives as the parts of another count. */
export interface PartWholeClaim {
  readonly whole: CountFact;
  readonly parts: readonly CountFact[];
  /** The text says the parts make up the whole (共计, 其余, 分别为, a complete partition). */
  readonly exhaustive: boolean;
  /** How sure the parts do not overlap (caps a sum finding); null when they may overlap (涉及). */
  readonly disjoint: Certainty | null;
  /** How sure the whole is the parts' total (a total found sentences before the parts: warning). */
  readonly certainty: Certainty;
  /** How sure the list is complete, when it is read as complete only because it likely is. */
  readonly completeness?: Certainty;
  /** From the start of the whole's words (or the first part) to the end of the last part. */
  readonly span: [number, number];
  /** For one of several totals tried for a list: how well it names the parts (higher is better). */
  readonly naming?: number;
}

/**
 * A claim with every field, always in this order: claims built with some fields left out have other
 * hidden classes, and the code that reads them deoptimizes when a new one arrives.
 */
function claimOf(
  whole: CountFact,
  parts: readonly CountFact[],
  exhaustive: boolean,
  disjoint: Certainty | null,
  certainty: Certainty,
  span: [number, number],
  completeness: Certainty | undefined,
  naming: number | undefined,
): PartWholeClaim {
  return { whole, parts, exhaustive, disjoint, certainty, completeness, span, naming };
}

/** A claim whose arithmetic fails. */
export interface PartWholeVerdict {
  readonly claim: PartWholeClaim;
  readonly arithmetic: PartWholeArithmetic;
  /** The part that alone exceeds the whole (the largest one when several do), with how sure. */
  readonly exceeding: { readonly part: CountFact; readonly others: readonly CountFact[]; readonly severity: Certainty } | null;
  /** The failed sum of parts that may be added up (with `exceeding` too when a part alone exceeds). */
  readonly sum: { readonly check: "sum-exceeds-whole" | "sum-mismatch"; readonly severity: Certainty } | null;
}

// Labels that name organisations or places: a case belongs to one of them, so they never overlap.
const ORGANISATION_END = /(?:局|院|委|办|中心|站|所|队|县|区|市|镇|乡|街道|村|社区|公司|单位|部门|支队|大队|中队|分局|科|处|厅|部|庭|室|馆|校|园|会|组|网|平台|专栏|窗口)$/u;
const CATEGORY_END = /类$/u;
// Printed pieces (documents, copies, articles) each sit in one category. Not 条: items of
// information are often counted again under a second heading (解读类 within 政务信息).
const ITEM_UNITS = new Set(["份", "册", "本", "篇", "张"]);
const LIST_PREFIX = /^(其中|包括|包含|含)[：:，,\s]*/u;
// A last part that names the rest of the whole: 其他事项251项, 其余6件, 另有2件, 公共服务等其他事项.
const RESIDUAL_PART = new RegExp(`^(?:${[...RESIDUAL_MARKERS, "另有", "另"].join("|")})|等其[他它]|其[他它][^，,]{0,6}$`, "u");

const STRONG_RESIDUAL = /^(?:其余|剩余|另有)/u;

const lower = (a: Certainty, b: Certainty): Certainty => (a === "warning" || b === "warning" ? "warning" : "error");

// Counts of people: lists of them under 其中 are often attributes (党员…；女性…) that overlap.
const PERSON_UNITS = new Set(["人", "名", "人次", "户", "位"]);
// Words in a bracket that leave its list open: 等, 主要, 包括, 如, 其中.
const OPEN_LIST = /等|主要|包括|包含|例如|如|其中|部分|重点/u;

/**
 * 其中：A…N条；B…N条；C…N条 — a list that a colon opens and ；closes item by item is an enumeration of
 * the whole's kinds, one item per clause: the items do not overlap, likely enough for a warning.
 */
function colonList(report: Report, b: Breakdown, whole: CountFact, parts: readonly CountFact[]): boolean {
  if (b.form !== "subset" || !b.markers.includes("其中") || parts.length < 2) return false;
  if (parts.some((p) => p.inParens || PERSON_UNITS.has(p.quantity.unitText))) return false;
  if (new Set(mapped(parts, (p) => p.clause)).size !== parts.length) return false;
  const opening = report.text.slice(whole.quantity.span[1], labelStartOf(report, parts[0]!) + 6);
  return /其中\s*[：:]/u.test(opening);
}

/**
 * 共114条（组织机构1条，部门文件4条，工作动态98条，…）: a bracket right after a total that lists three or
 * more kinds, with no word leaving it open, is meant to be all of the total. Likely, not certain.
 */
function closedBracketList(report: Report, b: Breakdown, whole: CountFact, parts: readonly CountFact[]): boolean {
  if (b.form !== "paren" || whole.kind !== "total" || parts.length < 3 || b.markers.length > 0) return false;
  if (parts.some((p) => p.exact === null) || whole.exact === null) return false;
  // Only a gap is read through it (parts above the total are reported as they are), and only a
  // hair's gap, under one part in twenty of the total: a list of organisations 8 short of 86 may
  // leave one out on purpose.
  const gap = whole.exact - parts.reduce((t, p) => t + p.exact!, 0n);
  if (gap <= 0n || gap * 20n >= whole.exact) return false;
  const inside = report.text.slice(whole.quantity.span[1], parts.at(-1)!.quantity.span[1] + 3);
  return !OPEN_LIST.test(inside);
}

const LEVEL_PATTERNS = ADMINISTRATIVE_LEVELS.map((l) => ({ rank: l.rank, re: new RegExp(`^(?:${l.pattern})`, "u") }));
// What may stand before a level at the start of a part's clause: 其中，各, 由.
const LEVEL_LEAD = /^(?:(?:其中|包括|包含|含)[：:，,\s]*)?(?:各|由|经)?/u;

/**
 * 其中，中、省转办47件，市本级登记办理103件，各县（市、区）登记办理18件: each part's clause opens with
 * an administrative level (ADMINISTRATIVE_LEVELS), from the top down, none twice — a split of the
 * whole by the level that handled its things, so the parts do not overlap. Likely, not certain.
 */
function levelSplit(report: Report, whole: CountFact, parts: readonly CountFact[]): boolean {
  if (parts.length < 2) return false;
  let rank = -1;
  let from = whole.quantity.span[1];
  for (const part of parts) {
    const before = report.text.slice(from, part.quantity.span[0]);
    const cut = Math.max(...["，", ",", "；", ";", "：", ":", "。"].map((c) => before.lastIndexOf(c)));
    const clause = before.slice(cut + 1).trim().replace(LEVEL_LEAD, "");
    const level = LEVEL_PATTERNS.find((l) => l.re.test(clause));
    if (!level || level.rank <= rank) return false;
    rank = level.rank;
    from = part.quantity.span[1];
  }
  return true;
}

/** How sure the parts of a breakdown are disjoint, as a cap on the severity of a sum finding. */
function breakdownDisjointness(report: Report, b: Breakdown, whole: CountFact, parts: readonly CountFact[]): Certainty | null {
  if (b.exhaustive) return "error";
  if (b.markers.includes("涉及")) return null;
  const labels = mapped(parts, (p) => p.quantity.label);
  const evidence = classifyParts(labels);
  const words = mapped(parts, (p) => p.words.replace(LIST_PREFIX, ""));
  const distinct = words.every((w) => w !== "") && new Set(words).size === words.length;
  // Named organisations and places and categories (…类) cannot overlap.
  const named = distinct && (words.every((w) => ORGANISATION_END.test(w)) || words.every((w) => CATEGORY_END.test(w)));
  // 投诉举报类12件，行政处罚类17件，行政强制类1件，行政不作为2件: categories, one named without its 类.
  const mostlyCategories = distinct && words.length >= 4 && words.filter((w) => CATEGORY_END.test(w)).length >= words.length - 1;
  if (evidence.disjoint) {
    if (evidence.basis === "partition" || evidence.basis === "single" || named) return "error";
    if (evidence.basis === "head-noun") return (evidence.head?.length ?? 0) >= 2 ? "error" : "warning";
  }
  // Levels (中、省转办…，市本级…，各县（市、区）…) are read on the clauses, whatever the labels say.
  const nestedOrAttribute = evidence.reason === "attribute-marker" || evidence.reason === "nested-marker";
  if (!nestedOrAttribute && levelSplit(report, whole, parts)) return "warning";
  if (evidence.reason !== "no-evidence" && !(named && evidence.reason === "overlapping-members")) return null;
  if (!distinct) return null;
  if (named) return "error";
  if (parts.every((p) => ITEM_UNITS.has(p.quantity.unitText)) || mostlyCategories) return "warning";
  // Otherwise only brackets delimit a list well enough to add it up: 其中 lists run on to the end
  // of the sentence and often catch a count of another kind — unless a colon opens it and ；
  // closes each item.
  return b.form === "paren" || colonList(report, b, whole, parts) ? "warning" : null;
}

function breakdownClaims(facts: NumberFacts): PartWholeClaim[] {
  const out: PartWholeClaim[] = [];
  for (const b of facts.report.breakdowns) {
    if (b.whole === null) continue;
    const whole = factOf(facts, b.whole);
    // Averages (人均可支配收入42170元) and changes (比上年增加…) are never parts.
    if (!whole) continue;
    // Read in one loop into a list built by push (map and filter lists have other element kinds).
    const list: CountFact[] = [];
    let parts = 0;
    let missing = false;
    for (const i of b.parts) {
      const p = factOf(facts, i);
      if (p === undefined) missing = true;
      else if (p.kind === "average" || p.kind === "change") continue;
      else if (fitsWhole(p, whole)) list.push(p);
      parts++;
    }
    if (parts === 0 || missing) continue;
    if (list.length === 0) continue;
    // The text says the list is complete: 其他 N as the last part, all members of a complete
    // partition (线上/线下), or shares adding up to 100%.
    const complete = list.length > 1 && (isResidual(list.at(-1)!) || completePartition(list) !== null || sharesMakeWhole(facts, list));
    // Likely complete, so a gap is worth a warning: a bracketed list of outcomes a hair short of its
    // total; exactly a pair and its negation (满意7件，不满意3件); parts summed by a bare 共 after them
    // (往年积案9宗，新年度结案240宗，共结案249宗).
    const disjoint = breakdownDisjointness(facts.report, b, whole, list);
    const likely =
      !complete &&
      !b.exhaustive &&
      ((b.form === "paren" && coversOutcomes(list, whole)) ||
        (disjoint !== null && closedBracketList(facts.report, b, whole, list)) ||
        (disjoint !== null && nearlyAll(list, whole)) ||
        (disjoint !== null && nearlyAllOfColonList(facts.report, b, whole, list)) ||
        // The rate may be the slip rather than the sum: likely, not certain.
        fullRateBeforeBracket(facts.report, b, whole, list) ||
        (list.length === 2 && (complementary(list) || complementaryClauses(facts.report, b, list))) ||
        (b.form === "total-after" && !b.exhaustive && shortByLessThanAPart(list, whole)));
    out.push(
      claimOf(
        whole,
        list,
        b.exhaustive || complete || likely,
        complete || likely ? "error" : disjoint,
        // A whole a paragraph before its parts (an "among" list naming it: 受理案件中…) is only likely theirs.
        whole.paragraph === list[0]!.paragraph ? "error" : "warning",
        [Math.min(b.span[0], labelStartOf(facts.report, whole)), b.span[1]],
        likely ? "warning" : "error",
        undefined,
      ),
    );
  }
  return out;
}

function labelStartOf(report: Report, fact: CountFact): number {
  return Math.max(0, fact.quantity.span[0] - fact.quantity.label.length);
}

// ---------------------------------------------------------------------------------------------
// Sibling counts in running text

/** A complete partition whose every member is named once by the parts, or null. */
function completePartition(parts: readonly CountFact[]): Partition | null {
  // Most lists hold a part that names no member: no partition can be complete, none is tried.
  if (someNamesNoMember(parts)) return null;
  for (const partition of PARTITIONS) {
    if (!partition.complete || partition.members.length !== parts.length) continue;
    if (namesDistinctMembers(parts, 0, parts.length, partition.id)) return partition;
  }
  return null;
}

/** True when one of the counts' words names no member of any partition. */
function someNamesNoMember(parts: readonly CountFact[]): boolean {
  for (const p of parts) if (p.members.size === 0) return true;
  return false;
}

/**
 * A bracketed list of outcomes that names both sides of a decision (批准业务…，不予批准业务…，转报…，
 * 终止…) and falls just short of its total — by less than one part in a thousand — is meant to be
 * complete: the gap is a slip, not an unnamed outcome. Only worth a warning.
 */
function coversOutcomes(parts: readonly CountFact[], whole: CountFact): boolean {
  if (parts.length < 3 || whole.exact === null || parts.some((p) => p.exact === null)) return false;
  const hasPair = parts.some((a, i) => parts.some((b, j) => i !== j && complementary([a, b], true)));
  if (!hasPair) return false;
  const sum = parts.reduce((t, p) => t + p.exact!, 0n);
  const gap = whole.exact - sum;
  return gap > 0n && gap * 1000n < whole.exact;
}

/**
 * Three or more parts that cannot overlap and fall short of their total by a hair — under one part
 * in two hundred, and less than the smallest part — are meant to be all of it: a list that leaves
 * something out leaves out more than a slip. Only worth a warning.
 */
function nearlyAll(parts: readonly CountFact[], whole: CountFact): boolean {
  if (parts.length < 3 || whole.exact === null || parts.some((p) => p.exact === null)) return false;
  const sum = parts.reduce((t, p) => t + p.exact!, 0n);
  const gap = whole.exact - sum;
  const smallest = parts.reduce((m, p) => (p.exact! < m ? p.exact! : m), whole.exact);
  return gap > 0n && gap * 200n < whole.exact && gap < smallest;
}

/**
 * 共发布各类信息249条，其中：A信息9条；B信息7条；…；H制度1条 — five or more kinds, one per ；clause after
 * 其中：, that fall short of their total by a hair (under one part in two hundred): an enumeration
 * this long and this close is meant to be all of it, even when the gap is as small as its smallest
 * item. Only worth a warning.
 */
function nearlyAllOfColonList(report: Report, b: Breakdown, whole: CountFact, parts: readonly CountFact[]): boolean {
  if (parts.length < 5 || whole.exact === null || parts.some((p) => p.exact === null)) return false;
  if (!colonList(report, b, whole, parts)) return false;
  const gap = whole.exact - parts.reduce((t, p) => t + p.exact!, 0n);
  return gap > 0n && gap * 200n < whole.exact;
}

/**
 * 承办提案146件，满意率达100%（满意144件，基本满意2件）; 办结率100%（按期办结…，逾期办结…）: a rate of 100%
 * between a whole and a bracket whose every part is named by the rate's stem (满意, 办结) — the
 * bracket splits the rate's numerator, and 100% says the numerator is all of the whole.
 */
function fullRateBeforeBracket(report: Report, b: Breakdown, whole: CountFact, parts: readonly CountFact[]): boolean {
  if (b.form !== "paren" || parts.length < 2) return false;
  const open = report.text.lastIndexOf("（", parts[0]!.quantity.span[0]);
  const start = Math.max(open, report.text.lastIndexOf("(", parts[0]!.quantity.span[0]));
  if (start < whole.quantity.span[1]) return false;
  // Only the rates between the whole and the bracket (rates are in text order): found by a search,
  // not by reading every rate of the report for every bracket.
  const { rates } = report;
  for (let i = firstIndexNotBefore(rates.length, (k) => rates[k]!.span[0] < whole.quantity.span[1]); i < rates.length; i++) {
    const r = rates[i]!;
    if (r.span[0] > start) break;
    if (r.span[1] > start || r.kind !== "percent" || r.approx !== "exact") continue;
    if (Number(r.value) !== 100 || !/^\s*$/u.test(report.text.slice(r.span[1], start))) continue;
    const stem = r.name.replace(/率$/u, "").slice(-2);
    if (stem.length === 2 && parts.every((p) => p.words.includes(stem))) return true;
  }
  return false;
}

/**
 * A bare 共 after parts sums them only when what is left is less than any of them (往年积案9宗，新年度
 * 结案240宗，共结案249宗); 予以公开208件，部分公开35件，共办理1191件 leaves most of its total unnamed.
 */
function shortByLessThanAPart(parts: readonly CountFact[], whole: CountFact): boolean {
  const gap = sub(whole.value, sum(mapped(parts, (p) => p.value)));
  return parts.every((p) => compare(gap, p.value) < 0);
}

/** 国有 / 非国有, 办结 / 未办结, 满意 / 不满意: two parts where one is the other's negation. */
function complementary(parts: readonly CountFact[], decisions = false): boolean {
  if (parts.length !== 2) return false;
  return complementaryWords(parts[0]!.words, parts[1]!.words, decisions);
}

/** `complementary` on two counts' words. */
function complementaryWords(a: string, b: string, decisions: boolean): boolean {
  // 不予公开 is one decision of several (部分公开, 无法提供…), not the whole rest: only a list of
  // outcomes (coversOutcomes) reads 不予/未予 as the other side.
  const negation = decisions ? /(?:不予|未予|非|未|不)(.{2,})$/u : /(?<![予])(?:非|未|不)(?!予)(.{2,})$/u;
  const negated = (x: string, y: string) => {
    const m = negation.exec(y);
    if (!m) return false;
    const rest = m[1]!.replace(/(?:投资|实现|完成|的)+$/u, "");
    return rest.length >= 2 && x.includes(rest.slice(0, 2)) && !/(?:非|未|不)/u.test(x);
  };
  return negated(a, b) || negated(b, a);
}

/**
 * 办结的案件中，符合法定受理条件，依法作出复议决定的19.7万件；不符合法定受理条件，依法作出相应处理的2.7万件:
 * two parts, each its own ；clause, whose clauses say one thing and its negation. Read on the clause
 * text from the list's start (or the ；before the part) to the part's number.
 */
function complementaryClauses(report: Report, b: Breakdown, parts: readonly CountFact[]): boolean {
  if (parts.length !== 2 || parts[0]!.clause === parts[1]!.clause) return false;
  const clauseWords = (p: CountFact, from: number) => {
    const before = report.text.slice(from, p.quantity.span[0]);
    const cut = Math.max(before.lastIndexOf("；"), before.lastIndexOf(";"), before.lastIndexOf("。"));
    return before.slice(cut + 1).replace(/^.*中\s*[，,：:]/u, "");
  };
  const first = clauseWords(parts[0]!, Math.max(0, parts[0]!.quantity.span[0] - 40));
  const second = clauseWords(parts[1]!, parts[0]!.quantity.span[1]);
  if (first.length > 40 || second.length > 40 || first === "" || second === "") return false;
  return complementaryWords(first, second, false) && b.form === "subset";
}

/** The noun the parts share at their end (调解组织, 事项), with distinct words before it; "" when none. */
function sharedHead(parts: readonly CountFact[]): string {
  const words = mapped(parts, (p) => p.words.replace(/(?:等)?其[他它]/u, ""));
  const head = commonSuffix(words);
  // Two characters make a noun (事项, 调解组织); one is enough for categories (求决类, 咨询类).
  if (head.length < 2 && head !== "类") return "";
  // The rest (其他类, 公共服务等其他事项) may be the bare noun; the others need distinct modifiers.
  const named = words.filter((_, i) => !isResidual(parts[i]!));
  const modifiers = mapped(named, (w) => w.slice(0, w.length - head.length));
  return modifiers.length > 0 && modifiers.every((m) => m !== "") && new Set(modifiers).size === modifiers.length ? head : "";
}

/**
 * True when every part is followed by its share (占47.61%) and the shares add up to 100% within
 * their rounding: the text itself says the parts make the whole.
 */
function sharesMakeWhole(_facts: NumberFacts, parts: readonly CountFact[]): boolean {
  const shares: PrintedPercent[] = [];
  for (const part of parts) {
    if (!part.share) return false;
    shares.push(toPrintedPercent(part.share));
  }
  return sharesWithinHundred(shares);
}

// 在办复的建议中，…; 从受理的案件看，…: the noun of the whole a list is taken from.
const AMONG = /(?:在|从|对)[^，,。；;]{0,12}?的?([\p{Script=Han}]{2,4})(?:中|里|看)\s*[，,：:]/u;

/**
 * The count before the parts, in their paragraph, that an "among" phrase right before the first part
 * names by its noun (…128件建议全部办理完毕…。在办复的建议中，A类64件…): the noun right after its unit or
 * at the end of its words. At most one, the nearest.
 */
function amongWhole(facts: NumberFacts, parts: readonly CountFact[]): CountFact[] {
  const first = parts[0]!;
  const { text } = facts.report;
  const sentenceStart = facts.sentences[first.sentence]!.start;
  const lead = text.slice(Math.max(sentenceStart, first.quantity.span[0] - 40), first.quantity.span[0]);
  const noun = AMONG.exec(lead)?.[1]?.split("的").at(-1);
  if (noun === undefined || noun.length < 2) return [];
  const whole = countsBefore(facts, first.sentence, first.quantity.span[0], { limit: 16, paragraphs: 0 }).find(
    (c) =>
      c.kind !== "average" &&
      c.kind !== "change" &&
      !parts.includes(c) &&
      unitsCompatible(c.unit, first.unit) &&
      (text.startsWith(noun, c.quantity.span[1]) || c.words.endsWith(noun)),
  );
  return whole ? [whole] : [];
}

/** Counts before the parts that most of the parts' shares are shares of, nearest first. */
function sharedWholes(facts: NumberFacts, parts: readonly CountFact[]): CountFact[] {
  if (!parts.some((p) => p.share !== null)) return [];
  const first = parts[0]!;
  return countsBefore(facts, first.sentence, first.quantity.span[0], { limit: 32, paragraphs: 6 }).filter(
    (c) => c.kind !== "average" && c.kind !== "change" && !parts.includes(c) && unitsCompatible(c.unit, first.unit) && sharesFit(parts, c),
  );
}

/** True when most parts' printed shares are their part of `whole` (52.7% of 71412 for 37643). */
function sharesFit(parts: readonly CountFact[], whole: CountFact): boolean {
  const withShares = parts.filter((p) => p.share !== null);
  if (withShares.length === 0) return true;
  const fitting = withShares.filter((p) => checkRate(p.share!, p.value, whole.value).consistent).length;
  return fitting * 2 > withShares.length;
}

/** The count names the rest of a whole (其他类210件, 其余6件, 另有2件). */
const isResidual = (f: CountFact) => RESIDUAL_PART.test(f.words) || STRONG_RESIDUAL.test(f.quantity.label.trim());

// 咨询类共34000件 is a part though its words say 共: only averages and changes are not. A count
// with no words of its own ((A类)有64件, 另有2件) is a part when its share or its 另有 says so.
const isPartLike = (f: CountFact) =>
  f.kind !== "average" && f.kind !== "change" && !f.inParens && (f.words !== "" || f.share !== null || isResidual(f));

/**
 * Runs of sibling counts in one sentence: consecutive counts of one unit, none inside brackets,
 * none already tied to a whole by a breakdown, each with words of its own.
 */
function siblingRuns(facts: NumberFacts, sentence: number, taken: ReadonlySet<number>): CountFact[][] {
  const runs: CountFact[][] = [];
  // A run is split where a count's unit does not fit its first count's, taken counts included; a
  // count a breakdown already owns (as part or whole) is then not a sibling of anything else here.
  // Only the untaken counts are kept, and a run of fewer than two is emptied for the next, not kept.
  let first: CountFact | null = null;
  let run: CountFact[] = [];
  for (const k of facts.sentences[sentence]!.counts) {
    const fact = facts.counts[k]!;
    if (fact.inParens || fact.kind === "average" || fact.kind === "change") continue;
    if (first === null || !unitsCompatible(first.unit, fact.unit)) {
      if (run.length >= 2) {
        runs.push(run);
        run = [];
      } else run.length = 0;
      first = fact;
    }
    if (!taken.has(fact.index)) run.push(fact);
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** A total printed before `first` for a list of parts, nearest first, with how well it names them. */
interface TotalBefore {
  readonly whole: CountFact;
  /** 2: it holds the parts' head noun (固定资产投资 for 第一产业投资…); 1: a total word of their
   * partition (增加值 for 三次产业); 0: it only says it is a total (共…). */
  readonly naming: number;
}

function totalsBefore(
  facts: NumberFacts,
  first: CountFact,
  parts: readonly CountFact[],
  partition: Partition | null,
  memberOfGroups: ReadonlySet<number>,
): TotalBefore[] {
  const head = sharedHead(parts) || commonSuffix(mapped(parts, (p) => p.words));
  const out: TotalBefore[] = [];
  for (const c of countsBefore(facts, first.sentence, first.quantity.span[0], { limit: 32, paragraphs: 6 })) {
    // A member of another list of parts (非油经济 of 油/非油) is no total of this one.
    if (c.kind === "average" || c.kind === "change" || parts.includes(c) || memberOfGroups.has(c.index)) continue;
    if (!unitsCompatible(c.unit, first.unit)) continue;
    // The total names what the parts are parts of: their head noun (零售总额 names 零售额), or a word
    // the partition gives.
    const words = c.quantity.label.replace(/总(?=[额量值数]|产值|收入|支出)/gu, "");
    // A count in the parts' sentence named just like them (微信公众号发布推文687篇；…微博号发布推文820篇)
    // is one more of them, unless it says it is a total.
    if (head.length >= 2 && c.kind !== "total" && c.sentence === first.sentence && c.words.endsWith(head)) continue;
    if (head.length >= 2 && words.includes(head.slice(-2))) out.push({ whole: c, naming: 2 });
    else if (partition?.totalWords?.some((w) => c.quantity.label.includes(w))) out.push({ whole: c, naming: 1 });
    else if (c.kind === "total") out.push({ whole: c, naming: 0 });
  }
  return out;
}

/** Totals before a list, nearest first, without an earlier mention named by the same words as a nearer one. */
function nearestMentions(totals: readonly TotalBefore[]): TotalBefore[] {
  const seen: string[] = [];
  return totals.filter(({ whole }) => {
    const words = whole.words.replace(/^[①-⑳\d、.．\s]+/u, "");
    if (words.length < 4) return true;
    // 全市完成一般公共预算收入 and 一般公共预算收入 name one total.
    if (seen.some((w) => w.endsWith(words) || words.endsWith(w))) return false;
    seen.push(words);
    return true;
  });
}

// 农林牧渔业总产值, 肉类总产量, 一般公共预算总收入: a total of the thing named after 总.
const NAMED_TOTAL = /([\p{Script=Han}]{2,10}?)总(产值|产量|收入|支出|额|量|数)$/u;
// Characters too common to tie a part to a total (农林牧渔业 and 工业 share only 业).
const GENERIC_CHARS = /[业类全市县区年实现完成的及和与其中]/gu;

/**
 * Counts after an 总X total in its paragraph, named X and sharing a word with what the total is of
 * (肉类总产量422吨 … 猪肉产量290吨; 农林牧渔业总产值22.22亿元 … 农林牧渔专业及辅助性活动产值1.32亿元):
 * each is a part, never above it. Only to the next total of the same X, and only worth a warning:
 * whether the part belongs to that total is read from words.
 */
function namedTotalClaims(facts: NumberFacts, taken: ReadonlySet<number>): PartWholeClaim[] {
  const out: PartWholeClaim[] = [];
  facts.counts.forEach((whole, i) => {
    // Most words hold no 总: the regular expression (slow to fail) is not run on them.
    const match = whole.words.includes("总") ? NAMED_TOTAL.exec(whole.words) : null;
    if (!match || whole.kind === "average" || whole.kind === "change") return;
    const [, of, noun] = match as unknown as [string, string, string];
    const ofChars = new Set(of.replace(GENERIC_CHARS, ""));
    const parts: CountFact[] = [];
    for (let k = i + 1; k < facts.counts.length; k++) {
      const c = facts.counts[k]!;
      if (c.paragraph !== whole.paragraph) break;
      if (c.words.endsWith(noun) && NAMED_TOTAL.test(c.words)) break;
      if (taken.has(c.index) || c.kind === "change" || c.kind === "average" || !unitsCompatible(c.unit, whole.unit)) continue;
      if (!c.words.endsWith(noun) || c.words.length <= noun.length) continue;
      const own = c.words.slice(0, -noun.length).replace(GENERIC_CHARS, "");
      if ([...own].some((ch) => ofChars.has(ch))) parts.push(c);
    }
    for (const part of parts) {
      out.push(claimOf(whole, [part], false, null, "warning", [labelStartOf(facts.report, whole), part.quantity.span[1]], undefined, undefined));
    }
  });
  return out;
}

// Counts of one paragraph looked at after a total for its kinds (a flattened table stops earlier).
const MAX_KIND_SCAN = 120;

/**
 * A total of things made of kinds (KIND_SPLITS: 共办理各类行政执法案件46.6万宗) and counts after it in its
 * paragraph named exactly as one of its kinds (行政处罚7960宗 … 行政强制1655宗 … 行政给付352601宗), other
 * counts between them: the kinds never add up to more than the total. Each kind once (the first count
 * of it), up to the next total of the same thing; only worth a warning, the parts are read across
 * sentences. A kind alone above the total is left to the claims that name it.
 */
function kindListClaims(facts: NumberFacts): PartWholeClaim[] {
  const out: PartWholeClaim[] = [];
  facts.counts.forEach((whole, i) => {
    if (whole.kind !== "total" || whole.inParens) return;
    const split = KIND_SPLITS.find((k) => k.whole.some((w) => whole.words.includes(w)));
    if (!split) return;
    const seen = new Set<string>();
    const parts: CountFact[] = [];
    for (let k = i + 1; k < facts.counts.length && k <= i + MAX_KIND_SCAN; k++) {
      const c = facts.counts[k]!;
      if (c.paragraph !== whole.paragraph) break;
      if (c.kind === "total" && split.whole.some((w) => c.words.includes(w))) break;
      if (c.kind === "average" || c.kind === "change" || !fitsWhole(c, whole)) continue;
      const member = split.members.find((m) => m.words.includes(c.words));
      if (!member || seen.has(member.id)) continue;
      seen.add(member.id);
      parts.push(c);
    }
    if (parts.length < 2 || parts.some((p) => compare(p.value, whole.value) > 0)) return;
    out.push(claimOf(whole, parts, false, "warning", "warning", [labelStartOf(facts.report, whole), parts.at(-1)!.quantity.span[1]], undefined, undefined));
  });
  return out;
}

const OPEN_BRACKET = /[（(]/u;
const CLOSE_BRACKET = /[)）]/u;
// What stands between two named counts of a list: 、，；and the next name.
const NAME_BEFORE = /([\p{Script=Han}A-Za-z0-9]{2,24})$/u;

/**
 * 其中…部门是县公安局（287宗）、忠信镇（225宗）、县人社局（154宗）: counts alone in brackets right after
 * the names they belong to, in a 其中 list of the count before them. Each is a part of that count;
 * named organisations and places never overlap. Only worth a warning: the list is read from its shape.
 */
/** A count alone in brackets, with no words of its own: （287宗）. */
function isNamedInBrackets(text: string, f: CountFact): boolean {
  return f.inParens && f.words === "" && OPEN_BRACKET.test(text[f.quantity.span[0] - 1] ?? "") && CLOSE_BRACKET.test(text[f.quantity.span[1]] ?? "");
}

/** True when one of the counts (indices into facts.counts) stands in brackets. */
function someInParens(facts: NumberFacts, counts: readonly number[]): boolean {
  for (const k of counts) if (facts.counts[k]!.inParens) return true;
  return false;
}

function namedBracketClaims(facts: NumberFacts): PartWholeClaim[] {
  const out: PartWholeClaim[] = [];
  const { text } = facts.report;
  for (const sentence of facts.sentences) {
    // A whole and two parts at least; most sentences have fewer counts, or none in brackets.
    if (sentence.counts.length < 3 || !someInParens(facts, sentence.counts)) continue;
    const counts = mapped(sentence.counts, (k) => facts.counts[k]!);
    let k = 0;
    while (k < counts.length) {
      if (!isNamedInBrackets(text, counts[k]!) || k === 0) {
        k++;
        continue;
      }
      let end = k;
      while (end < counts.length && isNamedInBrackets(text, counts[end]!) && unitsCompatible(counts[end]!.unit, counts[k]!.unit)) end++;
      const parts = counts.slice(k, end);
      const whole = counts[k - 1]!;
      k = end;
      if (parts.length < 2 || whole.inParens || whole.kind === "average" || whole.kind === "change" || !unitsCompatible(whole.unit, parts[0]!.unit)) continue;
      const lead = text.slice(whole.quantity.span[1], parts[0]!.quantity.span[0]);
      if (!/^[，,]\s*其中/u.test(lead)) continue;
      const names = mapped(parts, (p) => NAME_BEFORE.exec(text.slice(Math.max(0, p.quantity.span[0] - 25), p.quantity.span[0] - 1))?.[1] ?? "");
      if (names.some((n) => n === "") || new Set(names).size !== names.length) continue;
      const organisations = names.every((n) => ORGANISATION_END.test(n.replace(/^.*?[是为]/u, "")));
      out.push(
        claimOf(whole, parts, false, organisations ? "error" : "warning", "warning", [labelStartOf(facts.report, whole), parts.at(-1)!.quantity.span[1] + 1], undefined, undefined),
      );
    }
  }
  return out;
}

/** Consecutive counts of a run that the text says make one whole, and why. */
interface SiblingGroup {
  /** Indices into the run: [from, to). */
  readonly from: number;
  readonly to: number;
  readonly partition: Partition | null;
}

// Longer runs are not searched for groups: a statistics table flattened into one sentence.
const MAX_GROUP = 12;
// The sizes of the complete partitions: only a window of one of these sizes can be all of one.
const COMPLETE_SIZES = [...new Set(PARTITIONS.filter((p) => p.complete).map((p) => p.members.length))];

/**
 * Stretches of a run that make a whole: all members of a complete partition (直办/转办, 第一、二、
 * 三产业), a complementary pair (国有/非国有), a list closed by its rest (…其他类210件, 另有2件), or
 * parts whose shares add up to 100%. Stretches do not overlap; earlier ones win.
 */
function groupsIn(facts: NumberFacts, run: readonly CountFact[]): SiblingGroup[] {
  const out: SiblingGroup[] = [];
  const partLike = mapped(run, isPartLike);
  const residualAt = mapped(run, isResidual);
  for (let from = 0; from < run.length; from++) {
    if (!partLike[from]) continue;
    // The longest run of parts from here (each part-like, at most MAX_GROUP long).
    let limit = from;
    while (limit < run.length && limit - from < MAX_GROUP && partLike[limit]) limit++;
    let found: SiblingGroup | null = null;
    for (let to = limit; to >= from + 2 && !found; to--) {
      // Most windows can be none of the four: ruled out from the run itself, they are not copied.
      const mayBePartition = COMPLETE_SIZES.includes(to - from) && everyNamesAMember(run, from, to);
      if (!residualAt[to - 1] && !mayBePartition && to - from !== run.length && !everyHasShare(run, from, to)) continue;
      const window = run.slice(from, to);
      const last = window.at(-1)!;
      // 其余/剩余/另有 name the rest for certain; 其他 only with the parts' shared noun (其他事项).
      const residual = residualAt[to - 1]! && (STRONG_RESIDUAL.test(last.quantity.label.trim()) || STRONG_RESIDUAL.test(last.words) || sharedHead(window) !== "");
      const partition = COMPLETE_SIZES.includes(window.length) ? completePartition(window) : null;
      // A pair is complementary (国有/非国有) only when nothing else of its kind stands beside it:
      // 满意 and 不满意 among 非常满意…非常不满意 are two levels of five.
      const pair = window.length === run.length && complementary(window);
      const shares = window.every((f) => f.share !== null) && sharesMakeWhole(facts, window);
      if (partition || pair || residual || shares) found = { from, to, partition };
    }
    // The first count may be the total the others make (政务服务事项420项，行政许可事项185项，…其他事项
    // 251项): then the group is the rest, with the first as its head.
    if (found && found.to - found.from >= 3) {
      const rest = run.slice(from + 1, found.to);
      const residual = residualAt[found.to - 1]! && sharedHead(rest) !== "";
      const partition = COMPLETE_SIZES.includes(rest.length) ? completePartition(rest) : null;
      // A first count named like the others (行政规范性文件42件，人事任免文件106件，其他文件113件) is their
      // sibling unless it says it is a total (共, 总) or is at least as large as each of them.
      const head = run[from]!;
      const plausible = head.kind === "total" || rest.every((p) => compare(p.value, head.value) <= 0);
      if ((residual || partition) && plausible && totalFirstClaim(facts, head, rest, partition)) found = { from: from + 1, to: found.to, partition };
    }
    if (found) {
      out.push(found);
      from = found.to - 1;
    }
  }
  return out;
}

/** A list of parts whose total is looked for before it. */
interface PendingList {
  readonly parts: CountFact[];
  readonly partition: Partition | null;
  readonly exhaustive: boolean;
}

function siblingClaims(facts: NumberFacts, taken: ReadonlySet<number>): PartWholeClaim[] {
  const out: PartWholeClaim[] = [];
  // Lists with no total of their own, whose total is looked for before them.
  // Each with all three fields: lists of one shape (see claimOf).
  const pending: PendingList[] = [];
  facts.sentences.forEach((info, sentence) => {
    // A run needs two counts: most sentences have fewer, and no run is built for them.
    if (info.counts.length < 2) return;
    for (const run of siblingRuns(facts, sentence, taken)) {
      const groups = groupsIn(facts, run);
      for (const group of groups) {
        const parts = run.slice(group.from, group.to);
        const head = group.from > 0 ? run[group.from - 1]! : null;
        const claim = head ? totalFirstClaim(facts, head, parts, group.partition) : null;
        if (claim) out.push(claim);
        else pending.push({ parts, partition: group.partition, exhaustive: true });
      }
      if (groups.length > 0) continue;
      const open = openGroup(run);
      if (open) {
        const head = open.from > 0 ? run[open.from - 1]! : null;
        const claim = head ? totalFirstClaim(facts, head, open.parts, null) : null;
        if (claim) out.push(claimOf(claim.whole, claim.parts, false, claim.disjoint, "warning", claim.span, claim.completeness, claim.naming));
        else if (open.from === 0) pending.push({ parts: open.parts, partition: null, exhaustive: false });
      }
    }
  });
  // Across sentences a count that owns a list of its own in its sentence (中直投资159.5亿元（其中：…）)
  // can still be one of the siblings: only counts that are parts are out.
  // The sets are filled by loops: flatMap and spreads build a list per list first.
  const parts = new Set<number>();
  for (const b of facts.report.breakdowns) for (const p of b.parts) parts.add(p);
  const grouped = new Set<number>();
  addPartIndices(grouped, out);
  addPartIndices(grouped, pending);
  for (const list of paragraphGroups(facts, parts, grouped)) pending.push(list);
  const members = new Set<number>();
  addPartIndices(members, pending);
  for (const { parts, partition, exhaustive } of pending) {
    // Which of the totals before is meant is not certain: each is tried, the nearest is reported.
    // Parts with shares name their whole themselves: a count before them that their shares fit is
    // it (经审查立案175件 for 94件，占53.7%…); only when none does is a total named like them tried.
    let wholes = partition ? [] : sharedWholes(facts, parts);
    // Shares that make 100% and fit no count of their own paragraph: the whole an "among" phrase names
    // there (…128件建议全部办理完毕。在办复的建议中，…) is theirs, before any count paragraphs back.
    if (!partition && !wholes.some((w) => w.paragraph === parts[0]!.paragraph) && sharesMakeWhole(facts, parts)) {
      const among = amongWhole(facts, parts);
      if (among.length > 0) wholes = among;
    }
    const fitting = mapped(wholes, (whole) => ({ whole, naming: 2 }));
    // One total printed twice (公共财政预算收入58.2亿元 in the summary, again in its own section): the
    // parts go with the mention nearest them, and the earlier one does not excuse it.
    const totals = fitting.length > 0 ? fitting : nearestMentions(totalsBefore(facts, parts[0]!, parts, partition, members));
    for (const { whole, naming } of totals.slice(0, 6)) {
      out.push(claimOf(whole, parts, exhaustive, "error", "warning", [labelStartOf(facts.report, parts[0]!), parts.at(-1)!.quantity.span[1]], undefined, naming));
    }
  }
  return out;
}

/** Adds the quantity index of every part of the lists to `into`. */
function addPartIndices(into: Set<number>, lists: readonly { readonly parts: readonly CountFact[] }[]): void {
  for (const list of lists) for (const p of list.parts) into.add(p.index);
}

/**
 * Three or more sibling counts that cannot overlap but need not be all of their total: categories
 * (求决类460件、咨询类38件、揭发控告类3件…) or counts sharing a head word with distinct modifiers (语音受理
 * 2725宗，粤省心受理239宗，多媒体受理172宗). The whole run, or all of it after a first count that may
 * be their total.
 */
function openGroup(run: readonly CountFact[]): { from: number; parts: CountFact[] } | null {
  for (const from of [0, 1]) {
    const parts = run.slice(from);
    if (parts.length < 3 || parts.length > MAX_GROUP || !parts.every(isPartLike)) continue;
    const words = mapped(parts, (p) => p.words);
    const categories = words.every((w) => CATEGORY_END.test(w) && w.length >= 2) && new Set(words).size === words.length;
    if (categories || sharedHead(parts).length >= 2) return { from, parts };
  }
  return null;
}

/**
 * Members of a complete partition, or parts whose shares add up to 100%, printed in consecutive
 * sentences of one paragraph (中直投资完成159.5亿元…。地方投资完成87.9亿元…; 经济建设方面提出提案94件，
 * 占53.7%。…45件，占25.7%): the same claims as within a sentence, found a sentence apart.
 */
/** True when each of list[from…to) names a member of some partition. */
function everyNamesAMember(list: readonly CountFact[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (list[i]!.members.size === 0) return false;
  return true;
}

/** True when each of list[from…to) has a share printed after it. */
function everyHasShare(list: readonly CountFact[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (list[i]!.share === null) return false;
  return true;
}

/** The counts of a paragraph in one unit (its dimension, unit and unit class), in text order. */
interface UnitList {
  readonly dimension: string;
  readonly unit: string;
  readonly unitClass: string;
  readonly counts: CountFact[];
}

/** The list of the count's unit, found by a loop (no closure per count). */
function unitListOf(lists: readonly UnitList[], f: CountFact): UnitList | undefined {
  for (const l of lists) if (l.dimension === f.quantity.dimension && l.unit === f.unit.unit && l.unitClass === (f.unit.unitClass ?? "")) return l;
  return undefined;
}

function paragraphGroups(facts: NumberFacts, taken: ReadonlySet<number>, grouped: ReadonlySet<number>): PendingList[] {
  const out: PendingList[] = [];
  let paragraph = -1;
  // One list per unit: counts of another kind between the members (…税收收入46.8亿元。13个税种中…6个
  // 税种…。非税收入11.4亿元) do not part them.
  // Found by comparing the unit's fields, not by a key string built per count.
  const lists: UnitList[] = [];
  const flush = () => {
    for (const list of lists) flushList(list.counts);
    lists.length = 0;
  };
  const flushList = (list: readonly CountFact[]) => {
    // A list holds one unit (its key): its counts are all comparable with each other, or none is.
    if (list.length < 2 || !unitsCompatible(list[0]!.unit, list[0]!.unit)) return;
    for (let from = 0; from < list.length; from++) {
      for (let to = Math.min(list.length, from + MAX_GROUP); to >= from + 2; to--) {
        // Across sentences only: a group within one sentence was looked for already (counts are in
        // text order, so a window is in one sentence when its ends are, and so is every shorter one).
        if (list[to - 1]!.sentence === list[from]!.sentence) break;
        // Neither a complete partition nor shares of one whole can be there: no window is copied.
        const mayBePartition = COMPLETE_SIZES.includes(to - from) && everyNamesAMember(list, from, to);
        if (!mayBePartition && !everyHasShare(list, from, to)) continue;
        const window = list.slice(from, to);
        const partition = COMPLETE_SIZES.includes(window.length) ? completePartition(window) : null;
        const shares = window.every((f) => f.share !== null) && sharesMakeWhole(facts, window);
        if (partition || shares) {
          out.push({ parts: window, partition, exhaustive: true });
          from = to - 1;
          break;
        }
      }
    }
  };
  for (const f of facts.counts) {
    if (f.paragraph !== paragraph) {
      flush();
      paragraph = f.paragraph;
    }
    if (taken.has(f.index) || grouped.has(f.index) || !isPartLike(f)) continue;
    const list = unitListOf(lists, f);
    if (list) list.counts.push(f);
    else lists.push({ dimension: f.quantity.dimension, unit: f.unit.unit, unitClass: f.unit.unitClass ?? "", counts: [f] });
  }
  flush();
  return out;
}

/**
 * A total right before a complete list of parts in its sentence, naming what they are parts of
 * (政务服务事项420项，行政许可事项185项，公共服务等其他事项251项): the parts must make it.
 */
function totalFirstClaim(facts: NumberFacts, head: CountFact, parts: readonly CountFact[], partition: Partition | null): PartWholeClaim | null {
  if (head.kind === "average" || head.kind === "change" || head.inParens) return null;
  // The count before is a sibling, not a total, when it has a share in the same 100% as the others
  // or names a category like them (咨询类共34000件，占47.61%；求助类…).
  if (sharesMakeWhole(facts, [head, ...parts]) || (head.words.endsWith("类") && sharedHead(parts) === "类")) return null;
  const shared = sharedHead(parts);
  const namesTotal = shared !== "" && (head.words.endsWith(shared) || head.words.includes(shared.slice(-2)));
  const totalWords = partition?.totalWords?.some((w) => head.words.includes(w)) ?? false;
  if (!namesTotal && head.kind !== "total" && !totalWords) return null;
  const span: [number, number] = [labelStartOf(facts.report, head), parts.at(-1)!.quantity.span[1]];
  return claimOf(head, parts, true, "error", partition?.sure === false ? "warning" : "error", span, undefined, undefined);
}

// ---------------------------------------------------------------------------------------------
// Verdicts

/** Applications are counted in 份 and 件 alike (收到8份申请。其中，予以公开2件): one unit for a list. */
const DOCUMENT_UNITS = new Set(["件", "份"]);
const fitsWhole = (part: CountFact, whole: CountFact) =>
  unitsCompatible(part.unit, whole.unit) || (DOCUMENT_UNITS.has(part.quantity.unit) && DOCUMENT_UNITS.has(whole.quantity.unit));
const withClass = (f: CountFact, as?: string) => ({ ...f.quantity, unit: as ?? f.quantity.unit, unitClass: f.unit.unitClass ?? null });
/** The unit `checkPartWhole` reads from `withClass(f, as)`, without the copy. */
const unitRefOf = (f: CountFact, as?: string): UnitRef | null => {
  const unit = as ?? f.quantity.unit;
  return unit ? { unit, unitClass: f.unit.unitClass ?? null } : null;
};

function verdictOf(given: PartWholeClaim): PartWholeVerdict | null {
  // Parts of another kind (追发工资4亿元 among 涉及劳动者…万人) are left out; the rest can then only be
  // said not to exceed the whole.
  const parts = given.parts.filter((p) => fitsWhole(p, given.whole));
  if (parts.length === 0) return null;
  const claim =
    parts.length === given.parts.length
      ? given
      : claimOf(given.whole, parts, false, given.disjoint, given.certainty, given.span, given.completeness, given.naming);
  const unit = claim.whole.quantity.unit;
  const partUnit = (p: CountFact) => (DOCUMENT_UNITS.has(unit) && DOCUMENT_UNITS.has(p.quantity.unit) ? unit : undefined);
  const intervals = { whole: claim.whole.intervals, parts: mapped(claim.parts, (p) => p.intervals) };
  // Most claims hold: asked from intervals and units alone, their counts are not copied, and their
  // arithmetic is only written out (numbers as printed) when one fails.
  const units = [unitRefOf(claim.whole)];
  for (const p of claim.parts) units.push(unitRefOf(p, partUnit(p)));
  const checked = partWholeVerdict({ whole: intervals.whole, parts: intervals.parts, units, exhaustive: claim.exhaustive, disjoint: claim.disjoint !== null });
  if (checked === "ok" || checked === "skip") return null;
  const input = {
    whole: withClass(claim.whole),
    parts: mapped(claim.parts, (p) => withClass(p, partUnit(p))),
    exhaustive: claim.exhaustive,
    disjoint: claim.disjoint !== null,
    intervals,
  };
  const arithmetic = partWholeArithmetic(input);
  const { result } = arithmetic;
  const cap = lower(claim.certainty, "error");
  const severityOf = (s: "error" | "warn"): Certainty => lower(s === "error" ? "error" : "warning", cap);
  const failed = result.findings.find((f) => f.check !== "part-exceeds-whole");
  // A list read as complete only because it likely is: its completeness caps a gap, never a sum
  // above the whole (that is wrong whether the list is complete or not), which is worded as such.
  const above =
    claim.completeness === "warning" &&
    failed !== undefined &&
    compare(sum(mapped(claim.parts, (p) => p.value)), claim.whole.value) > 0 &&
    !["ok", "skip"].includes(checkPartWhole({ ...input, exhaustive: false }).verdict);
  const sumCheck: "sum-mismatch" | "sum-exceeds-whole" | null =
    failed && claim.disjoint !== null ? (failed.check === "sum-mismatch" && !above ? "sum-mismatch" : "sum-exceeds-whole") : null;
  const completeness = above ? "error" : (claim.completeness ?? "error");
  const sumSeverity = failed && claim.disjoint !== null ? lower(lower(severityOf(failed.severity), claim.disjoint), completeness) : null;
  const exceedingFindings = result.findings.filter((f) => f.check === "part-exceeds-whole");
  if (exceedingFindings.length > 0) {
    const exceeding = mapped(exceedingFindings, (f) => ({ part: claim.parts[f.part ?? -1]!, severity: severityOf(f.severity) }));
    const largest = exceeding.reduce((a, b) => (compare(a.part.value, b.part.value) >= 0 ? a : b));
    // One defect, one finding: parts that are summed and exceed their whole are one sum finding that
    // names the part above the whole (67件（裁决21件、线下调解27件、线上调解81件）).
    const sum =
      sumCheck && claim.parts.length > 1 ? { check: sumCheck, severity: largest.severity === "error" ? "error" : sumSeverity! } : null;
    return {
      claim,
      arithmetic,
      exceeding: { part: largest.part, others: exceeding.filter((e) => e !== largest).map((e) => e.part), severity: largest.severity },
      sum,
    };
  }
  if (!sumCheck || !sumSeverity) return null;
  return { claim, arithmetic, exceeding: null, sum: { check: sumCheck, severity: sumSeverity } };
}

/** How far a whole is from the sum of its parts, as a fraction of the whole. */
function relativeGap(claim: PartWholeClaim): Rational {
  const gap = sub(sum(mapped(claim.parts, (p) => p.value)), claim.whole.value);
  const size = claim.whole.value.num === 0n ? { num: 1n, den: 1n } : claim.whole.value;
  return div(gap.num < 0n ? neg(gap) : gap, size);
}

/**
 * Sibling claims offer several totals for one list of parts: a list that fits any of them is fine,
 * and a list that fits none is reported once, against the total that names the parts best (固定资产
 * 投资 for 中直投资 and 地方投资, not 规上工业增加值), then the one its sum comes nearest (限额以上零售额
 * 139.7亿元 is no total of 城镇 and 乡村), then the nearest in the text.
 */
function resolveAlternatives(claims: readonly PartWholeClaim[]): PartWholeVerdict[] {
  const out: PartWholeVerdict[] = [];
  const groups = new Map<string, PartWholeClaim[]>();
  for (const claim of claims) {
    const key = mapped(claim.parts, (p) => p.index).join(",");
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  for (const group of groups.values()) {
    // A list that fits any of its totals is fine: the verdicts stop at the first that holds.
    const verdicts: PartWholeVerdict[] = [];
    for (const claim of group) {
      const verdict = verdictOf(claim);
      if (verdict === null) break;
      verdicts.push(verdict);
    }
    if (verdicts.length < group.length) continue;
    const gaps = mapped(group, relativeGap);
    const naming = mapped(group, (c) => c.naming ?? 0);
    let best = 0;
    gaps.forEach((g, i) => {
      if (naming[i]! > naming[best]! || (naming[i] === naming[best] && compare(g, gaps[best]!) < 0)) best = i;
    });
    out.push(verdicts[best]!);
  }
  return out;
}

/** The part–whole claims of a report whose arithmetic fails, computed once per report. */
export function partWholeVerdicts(report: Report): readonly PartWholeVerdict[] {
  return verdictsOf(numberFacts(report));
}

const verdictsOf = oncePerFacts((facts): readonly PartWholeVerdict[] => {
  const { report } = facts;
  const fromBreakdowns = breakdownClaims(facts);
  const taken = new Set<number>();
  for (const b of report.breakdowns) {
    if (b.whole !== null) taken.add(b.whole);
    for (const p of b.parts) taken.add(p);
  }
  // One list built by push, not spreads of map and filter lists (their element kinds vary).
  const found: PartWholeVerdict[] = [];
  for (const claims of [fromBreakdowns, namedTotalClaims(facts, taken), namedBracketClaims(facts), kindListClaims(facts)]) {
    for (const claim of claims) {
      const verdict = verdictOf(claim);
      if (verdict !== null) found.push(verdict);
    }
  }
  for (const verdict of resolveAlternatives(siblingClaims(facts, taken))) found.push(verdict);
  return found;
});
