/**
 * A ratio of parts printed beside the parts themselves: 第一产业完成投资16.9亿元…第三产业…39.2亿元…
 * 第二产业…191.3亿元。三次产业投资比重为6.8：77.3：15.9 — each term of the ratio is its part's share
 * of the parts' sum (39.2 ÷ 247.4 = 15.84%, printed 15.9). The members come from the ratio's name
 * (三次产业 → 第一、二、三产业; 中直与地方 → 中直, 地方) in the order written; each must be named by
 * exactly one amount before the ratio in its paragraph or the one before. Amounts are rounded, so a
 * term off at its printed precision is only worth a warning, and one their rounding allows is told so.
 */
import { oncePerFacts } from "./once-per-facts.js";
import { PARTITIONS, type Report, type Span } from "@reportlint/report-model";
import {
  add,
  div,
  formatPercent,
  interval,
  mul,
  overlaps,
  rateIntervals,
  rational,
  sum,
  sumIntervals,
  toPrintedPercent,
  unitsCompatible,
  type Interval,
} from "@reportlint/indicator-math";
import { numberFacts, type CountFact, type NumberFacts } from "./facts.js";
import { firstIndexNotBefore } from "@reportlint/parser";
import { mapped } from "../util/lists.js";

/** A term of a ratio that its part of the parts' sum does not give. */
export interface RatioPartViolation {
  /** The ratio as printed ("6.8：77.3：15.9") and its span. */
  readonly ratio: string;
  readonly ratioSpan: Span;
  /** The term as printed ("15.9") and its span. */
  readonly term: string;
  readonly termSpan: Span;
  /** The amount behind the term (第三产业完成投资39.2亿元). */
  readonly part: CountFact;
  /** All the amounts, in the ratio's order. */
  readonly parts: readonly CountFact[];
  /** The part's share of the sum, rounded to the term's decimals ("15.8"), and with one more ("15.84"). */
  readonly expected: string;
  readonly computed: string;
  /** False when the amounts' own rounding could give the term (39.25 ÷ 247.35 = 15.87% → 15.9). */
  readonly certain: boolean;
}

// The terms of a ratio of parts: 6.8：77.3：15.9, 8.3:71.1:20.6 (one decimal or more each).
const TERMS = /\d{1,3}\.\d{1,3}(?:\s*[:：︰]\s*\d{1,3}\.\d{1,3}){1,5}/gu;
const COLONS = [":", "：", "︰"] as const;
const SPACE = /\s/u;

/**
 * True when the text holds a digit before a colon (spaces between allowed): a printed ratio
 * (6.8：77.3：15.9) has one, and a text without any needs no regular-expression scan for ratios.
 */
export function mayHoldRatio(text: string): boolean {
  for (const colon of COLONS) {
    for (let at = text.indexOf(colon); at >= 0; at = text.indexOf(colon, at + 1)) {
      let before = at - 1;
      while (before >= 0 && SPACE.test(text[before]!)) before--;
      const code = before >= 0 ? text.charCodeAt(before) : 0;
      if (code >= 48 && code <= 57) return true;
    }
  }
  return false;
}

// Its name before it in the clause: 三次产业投资比重为, 中直与地方经济比重为, 三次产业结构由上年的…调整为.
const NAME = /([\p{Script=Han}、与和]{2,16})(?:比|比重|结构|比例)(?=[^。；;]*$)/u;
const PRIOR_PERIOD = /上年|去年|同期|上期|上月/u;
const NOW = /(?:调整为|变为|转变为|优化为)\s*$/u;

// How many counts before a ratio are looked at for its parts.
const REACH = 64;

const INDUSTRY = PARTITIONS.find((p) => p.id === "industry");

/** The members a ratio's name lists, in order: 三次产业 → 第一、二、三产业; 中直与地方 → 中直, 地方. */
function membersOf(name: string): string[][] | null {
  if (/三次产业|一二三产业|三大产业/u.test(name) && INDUSTRY) return mapped(INDUSTRY.members, (m) => [...m.words]);
  const pair = /([\p{Script=Han}]{1,4}?)与([\p{Script=Han}]{1,6}?)(?:经济|投资|工业|产业|收入)?$/u.exec(name);
  if (!pair) return null;
  return [[pair[1]!], [pair[2]!.replace(/制$/u, "")]];
}

/** The member an amount names, by the longest member word its words hold (非油 before 油). */
function memberOfAmount(words: string, members: readonly string[][]): number {
  let best = -1;
  let length = 0;
  members.forEach((list, i) => {
    for (const w of list) {
      if (w.length > length && words.includes(w)) {
        best = i;
        length = w.length;
      }
    }
  });
  return best;
}

/**
 * Whether a share k ÷ (k + others) may print as `term` for some k and others in their intervals: the
 * share grows with k and falls with the others, so its extremes are at the intervals' ends.
 */
function shareMayBe(term: string, k: Interval, others: Interval): boolean {
  if (k.hi === null || others.hi === null) return true;
  const hundred = rational(100n);
  const bottom = add(k.lo, others.hi);
  const low = bottom.num === 0n ? rational(0n) : div(mul(k.lo, hundred), bottom);
  const top = add(k.hi, others.lo);
  const high = top.num === 0n ? null : div(mul(k.hi, hundred), top);
  return overlaps(interval(low, high), rateIntervals(term).hard);
}

/** Ratio terms that their parts do not give, computed once per report. */
export function ratioPartViolations(report: Report): readonly RatioPartViolation[] {
  return ratioPartsOf(numberFacts(report));
}

const ratioPartsOf = oncePerFacts(findRatioPartViolations);

function findRatioPartViolations(facts: NumberFacts): readonly RatioPartViolation[] {
  const { report } = facts;
  const out: RatioPartViolation[] = [];
  const matches = mayHoldRatio(report.text) ? report.text.matchAll(TERMS) : [];
  for (const match of matches) {
    const termsText = match[0];
    const termsStart = match.index;
    // The words before it in its clause name the ratio; a ratio of an earlier period (由上年的
    // 9.4:66.8:23.8) is not about this period's amounts, unless it is what they became (调整为…).
    const lead = report.text.slice(Math.max(0, termsStart - 40), termsStart);
    const clauseLead = lead.slice(Math.max(lead.lastIndexOf("。"), lead.lastIndexOf("；"), lead.lastIndexOf(";")) + 1);
    const named = NAME.exec(clauseLead);
    if (!named) continue;
    const after = clauseLead.slice(named.index + named[0].length);
    if (PRIOR_PERIOD.test(clauseLead.slice(0, named.index) + named[1]! + after) && !NOW.test(after)) continue;
    const members = membersOf(named[1]!);
    const terms = termsText.split(/\s*[:：︰]\s*/u);
    if (!members || members.length !== terms.length) continue;
    // The amounts before the ratio, nearest first, in its paragraph and the one before.
    // Clauses and counts are in text order: found by bisection, not by a scan of the report.
    const clause = firstIndexNotBefore(report.clauses.length, (i) => report.clauses[i]!.span[1] <= termsStart);
    if (clause >= report.clauses.length || report.clauses[clause]!.span[0] > termsStart) continue;
    const paragraph = report.clauses[clause]!.paragraph;
    // The nearest REACH counts only: a paragraph of a flattened table holds hundreds.
    const end = firstIndexNotBefore(facts.counts.length, (i) => facts.counts[i]!.quantity.span[0] < termsStart);
    const before = facts.counts
      .slice(Math.max(0, end - REACH), end)
      .filter((f) => f.quantity.span[1] <= termsStart && f.paragraph >= paragraph - 1 && f.paragraph <= paragraph && f.kind !== "change");
    const chosen: (CountFact | null)[] = mapped(members, () => null);
    let ambiguous = false;
    for (const f of [...before].reverse()) {
      const m = memberOfAmount(f.words, members);
      if (m < 0) continue;
      if (chosen[m]) continue;
      chosen[m] = f;
    }
    for (const f of before) {
      const m = memberOfAmount(f.words, members);
      const other = m >= 0 ? chosen[m] : null;
      if (other && other !== f && other.sentence === f.sentence) ambiguous = true;
    }
    if (ambiguous || chosen.some((c) => c === null)) continue;
    const parts = chosen as CountFact[];
    if (!parts.every((p) => unitsCompatible(p.unit, parts[0]!.unit))) continue;
    const total = sum(mapped(parts, (p) => p.value));
    if (total.num === 0n) continue;
    let at = termsStart;
    terms.forEach((term, i) => {
      const start = termsText.indexOf(term, at - termsStart) + termsStart;
      at = start + term.length;
      const d = toPrintedPercent(term).d;
      const expected = formatPercent(parts[i]!.value, total, d);
      if (toPrintedPercent(expected).R === toPrintedPercent(term).R) return;
      // The amounts are rounded too (39.2亿元 is 39.15–39.25): when some amounts they may stand for
      // give the term, the printed figures disagree but nothing is certain.
      const others = sumIntervals(parts.filter((_, j) => j !== i).map((p) => p.intervals.hard));
      const certain = !shareMayBe(term, parts[i]!.intervals.hard, others);
      out.push({
        certain,
        ratio: termsText,
        ratioSpan: [termsStart, termsStart + termsText.length],
        term,
        termSpan: [start, start + term.length],
        part: parts[i]!,
        parts,
        expected,
        computed: formatPercent(parts[i]!.value, total, d + 1),
      });
    });
  }
  return out;
}
