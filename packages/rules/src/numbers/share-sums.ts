/**
 * Shares of one whole must add up to 100%: a run of shares (反映问题类…占比79.62%；咨询建议类…占比
 * 15.29%；…), a list after 分别为 (贡献率分别为3.7%、62.1%、34.2%), and a ratio of parts (三次产业比为
 * 3.9：59.5：36.6). Which percentages make one whole is read from the text's shape; the check runs
 * only when they come within two points of 100 (a partial list, or unrelated rates, stays silent)
 * and reports a gap beyond what rounding explains (half a unit of each printed share).
 */
import { oncePerFacts } from "./once-per-facts.js";
import { numberFacts, type NumberFacts } from "./facts.js";
import type { Rate, Report, Span } from "@reportlint/report-model";
import { add, compare, hundredGap, toPrintedPercent, type Rational } from "@reportlint/indicator-math";
import { mayHoldRatio } from "./ratio-parts.js";
import { mapped } from "../util/lists.js";

/** Shares of one whole that do not add up to 100%. */
export interface ShareSumViolation {
  readonly kind: "shares" | "respectively" | "ratio";
  /** The shares as printed ("79.62", "15.29"…). */
  readonly values: readonly string[];
  /** Their sum ("99.97"). */
  readonly sum: string;
  /** |sum − 100| ("0.03"). */
  readonly gap: string;
  /** How much rounding explains (half a unit of each printed share). */
  readonly slack: string;
  /** The rates of a run of shares or a list (indices in report.rates); empty for a ratio. */
  readonly rates: readonly number[];
  readonly span: Span;
}

const HUNDRED: Rational = { num: 100n, den: 1n };
// Within two points of 100 the numbers claim to be the whole; further away they may be a part of it.
const NEAR: Rational = { num: 2n, den: 1n };
// NEAR in the units of hundredGap (1 / (2·10^d) percent), over 10^d.
const NEAR_UNITS = 4n;
// 三次产业比为3.9：59.5：36.6, 比重为31.3：68.7, 结构调整为8.3:71.1:20.6 — bounded, no backtracking.
const RATIO = /(?:比|比重|结构|比例)(?:调整)?(?:为|是|由上年的|达到|调整为)?\s*(\d{1,3}(?:\.\d{1,3})?(?:\s*[:：︰]\s*\d{1,3}(?:\.\d{1,3})?){1,5})/gu;
const RESPECTIVELY = /分别(?:为|是|占|达到|达)/u;

function decimalText(r: Rational, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (r.num * scale * 2n + (r.num >= 0n ? r.den : -r.den)) / (2n * r.den);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

const abs = (r: Rational): Rational => (r.num < 0n ? { num: -r.num, den: r.den } : r);

/** The verdict on printed shares: null when they add up, or when they are not near 100 at all. */
function judge(values: readonly { value: string; decimals: number }[]): { sum: string; gap: string; slack: string } | null {
  // Most lists add up, or are far from 100: told from integers; the rationals only for the texts of a finding.
  const within = hundredGap(mapped(values, (v) => toPrintedPercent(v.value)));
  if (within.gap <= within.slack || within.gap > NEAR_UNITS * 10n ** BigInt(within.d)) return null;
  let sum: Rational = { num: 0n, den: 1n };
  let slack: Rational = { num: 0n, den: 1n };
  let decimals = 0;
  for (const v of values) {
    const p = toPrintedPercent(v.value);
    sum = add(sum, p.percent);
    slack = add(slack, { num: 1n, den: 2n * 10n ** BigInt(p.d) });
    decimals = Math.max(decimals, p.d);
  }
  const gap = abs(add(sum, { num: -HUNDRED.num, den: 1n }));
  if (compare(gap, slack) <= 0 || compare(gap, NEAR) > 0) return null;
  return { sum: decimalText(sum, decimals), gap: decimalText(gap, decimals), slack: decimalText(slack, decimals + 1) };
}

/** Runs of shares in one paragraph with no other percentage between them. */
function shareRuns(report: Report): Rate[][] {
  const runs: Rate[][] = [];
  let run: Rate[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const rate of report.rates) {
    if (rate.kind !== "percent" || rate.clause === null) continue;
    const isShare = rate.share !== null && /^(?:全部|总体|总数|总量)?$/u.test(rate.share);
    if (!isShare) {
      flush();
      continue;
    }
    const previous = run.at(-1);
    if (previous) {
      const paragraph = (r: Rate) => report.clauses[r.clause!]!.paragraph;
      if (paragraph(previous) !== paragraph(rate)) flush();
    }
    run.push(rate);
  }
  flush();
  return runs;
}

/** Percentages listed after 分别为 (贡献率分别为3.7%、62.1%、34.2%). */
function respectivelyLists(report: Report): Rate[][] {
  const lists: Rate[][] = [];
  let list: Rate[] = [];
  for (const rate of report.rates) {
    if (rate.kind !== "percent") continue;
    const previous = list.at(-1);
    const between = previous ? report.text.slice(previous.span[1], rate.span[0]) : "";
    if (previous && /^\s*[、和及与]\s*$/u.test(between)) {
      list.push(rate);
      continue;
    }
    if (list.length >= 3) lists.push(list);
    const lead = report.text.slice(Math.max(0, rate.span[0] - 6), rate.span[0]);
    list = RESPECTIVELY.test(lead) ? [rate] : [];
  }
  if (list.length >= 3) lists.push(list);
  return lists;
}

/** Shares of one whole that do not add up to 100%, computed once per report. */
export function shareSumViolations(report: Report): readonly ShareSumViolation[] {
  return shareSumsOf(numberFacts(report));
}

// Kept with the number facts (built by every rule that asks for share sums).
const shareSumsOf = oncePerFacts(findShareSumViolations);

function findShareSumViolations(facts: NumberFacts): readonly ShareSumViolation[] {
  const { report } = facts;
  const out: ShareSumViolation[] = [];
  // Rate indices by rate, built for the first finding only (most reports have none).
  let indexOf: Map<Rate, number> | null = null;
  const fromRates = (kind: ShareSumViolation["kind"], rates: readonly Rate[]) => {
    const verdict = judge(mapped(rates, (r) => ({ value: r.value, decimals: r.decimals })));
    if (!verdict) return;
    indexOf ??= new Map(mapped(report.rates, (r, i) => [r, i]));
    out.push({
      kind,
      values: mapped(rates, (r) => r.value),
      ...verdict,
      rates: mapped(rates, (r) => indexOf!.get(r)!),
      span: [rates[0]!.span[0], rates.at(-1)!.span[1]],
    });
  };
  for (const run of shareRuns(report)) fromRates("shares", run);
  for (const list of respectivelyLists(report)) fromRates("respectively", list);
  const ratios = mayHoldRatio(report.text) ? report.text.matchAll(RATIO) : [];
  for (const match of ratios) {
    const numbers = match[1]!.split(/\s*[:：︰]\s*/u);
    // Parts of 100 have the same printed precision (3.9：59.5：36.6); 1:15 is a ratio of another kind.
    const decimals = mapped(numbers, (n) => n.split(".")[1]?.length ?? 0);
    if (decimals.some((d) => d === 0) || new Set(decimals).size !== 1) continue;
    const verdict = judge(mapped(numbers, (n) => ({ value: n, decimals: decimals[0]! })));
    if (!verdict) continue;
    const start = match.index + match[0].length - match[1]!.length;
    out.push({ kind: "ratio", values: numbers, ...verdict, rates: [], span: [start, start + match[1]!.length] });
  }
  return out;
}
