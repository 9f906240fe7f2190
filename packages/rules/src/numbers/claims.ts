/**
 * What the number rules share: the role of each printed count, the counts a rate can be computed
 * from, and the verdicts of the part–whole and rate checks. The arithmetic is indicator-math's; this
 * module decides which numbers belong together, and how sure that pairing is (certain → error,
 * plausible → warning, unsure → silent). Results are cached per parsed report.
 */
import type { Breakdown, Locale, Quantity, Rate, Report } from "@reportlint/report-model";
import {
  CLOSURE_PARTS,
  checkRate,
  classifyParts,
  exactCount,
  explainInfeasibleRate,
  explainPartWhole,
  explainRate,
  findIndicator,
  findRole,
  findRoles,
  grimCheck,
  isCountDimension,
  partitionMembersOf,
  unitsCompatible,
  type ArithmeticPayload,
  type IndicatorDef,
  type Operand,
  type PartWholeFinding,
  type Role,
} from "@reportlint/indicator-math";

/** One finding of a number rule, ready to report. */
export interface NumberFinding {
  readonly ruleId: "sum-mismatch" | "part-exceeds-total" | "rate-mismatch" | "impossible-percentage";
  readonly messageId: string;
  readonly severity: "error" | "warning" | "info";
  readonly span: [number, number];
  readonly data: Record<string, string>;
  readonly details: ArithmeticPayload & Record<string, unknown>;
}

// Nouns that name what is counted: a rate in the next sentence about the same nouns may use the
// counts of the sentence before it (…共结案249宗。本年度案件结案…，结案率95.4%).
const SUBJECT_NOUNS = ["案件", "事项", "信访", "投诉", "举报", "纠纷", "争议", "许可", "复议", "诉讼", "建议", "提案", "申请", "诉求", "工单"];
// Counts of things, not amounts of money or time: only these make rates.
const RATE_UNIT_DIMENSIONS = new Set(["case", "event", "person", "person-visit", "household", "organisation", "item"]);
// Physical items (materials, documents) with distinct names cannot overlap.
const ITEM_UNITS = new Set(["份", "册", "本", "篇", "张"]);
const LIST_PREFIX = /^(其中|包括|包含|含)/u;

/** Where the count's words start ("受理投诉举报 15 件" starts at 受理), in the source text. */
function labelStart(text: string, q: Quantity): number {
  let end = q.span[0];
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  const start = end - q.label.length;
  return start >= 0 && text.slice(start, end) === q.label ? start : q.span[0];
}

/** The count as printed with the words before it, from the source text. */
function quoteIn(text: string, q: Quantity): string {
  const start = labelStart(text, q);
  return start < q.span[0] ? text.slice(start, q.span[1]) : `${q.label}${q.raw}`;
}
const join = (items: readonly string[], locale: Locale) => items.join(locale === "en" ? "; " : "；");
/** Extra remarks after a main clause, with their separator, or "" when there are none. */
const remarks = (items: readonly string[], locale: Locale, separator: string) =>
  items.length === 0 ? "" : `${separator}${join(items, locale)}`;

// ---------------------------------------------------------------------------------------------
// Part–whole

/** How sure we are that the parts of a breakdown do not overlap: a cap on the severity, or null. */
function disjointness(report: Report, b: Breakdown): "error" | "warning" | null {
  if (b.exhaustive) return "error";
  if (b.markers.includes("涉及")) return null;
  const parts = b.parts.map((i) => report.quantities[i]!);
  const evidence = classifyParts(parts.map((p) => p.label));
  if (!evidence.disjoint) {
    // Different printed items (汇编 and 折页) are different things even without a known partition.
    const labels = parts.map((p) => p.label.replace(LIST_PREFIX, ""));
    const items = parts.every((p) => ITEM_UNITS.has(p.unitText)) && new Set(labels).size === labels.length;
    return items && evidence.reason === "no-evidence" ? "warning" : null;
  }
  if (evidence.basis === "partition" || evidence.basis === "single") return "error";
  return evidence.basis === "head-noun" && (evidence.head?.length ?? 0) >= 2 ? "warning" : null;
}

const lower = (a: "error" | "warning", cap: "error" | "warning"): "error" | "warning" => (cap === "warning" ? "warning" : a);

function breakdownFindings(report: Report, locale: Locale): NumberFinding[] {
  const out: NumberFinding[] = [];
  for (const b of report.breakdowns) {
    if (b.whole === null) continue;
    const whole = report.quantities[b.whole]!;
    const parts = b.parts.map((i) => report.quantities[i]!);
    const cap = disjointness(report, b);
    const input = { whole, parts, exhaustive: b.exhaustive, disjoint: cap !== null };
    const explained = explainPartWhole({ ...input, locale });
    const { result } = explained;
    if (result.verdict === "skip" || result.verdict === "ok") continue;
    const sev = (f: PartWholeFinding): "error" | "warning" => (f.severity === "error" ? "error" : "warning");
    const details = {
      printed: explained.printed,
      computed: explained.computed,
      expression: explained.expression,
      candidates: explained.candidates,
      suggestion: explained.suggestion,
    };
    for (const f of result.findings) {
      if (f.check === "part-exceeds-whole") {
        const part = parts[f.part ?? -1];
        if (!part) continue;
        out.push({
          ruleId: "part-exceeds-total",
          messageId: "partExceeds",
          severity: sev(f),
          span: part.span,
          data: { part: quoteIn(report.text, part), whole: quoteIn(report.text, whole) },
          details: { ...details, expression: `${part.raw} > ${whole.raw}` },
        });
        continue;
      }
      if (!cap) continue;
      out.push({
        ruleId: "sum-mismatch",
        messageId: f.check === "sum-mismatch" ? "mismatch" : "sumExceeds",
        severity: lower(sev(f), cap),
        span: [Math.min(b.span[0], labelStart(report.text, whole)), b.span[1]],
        data: {
          whole: quoteIn(report.text, whole),
          computed: explained.computed,
          expression: explained.expression,
          detail: remarks(explained.candidates, locale, locale === "en" ? ", " : "，"),
          suggestion: explained.suggestion,
        },
        details,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rates

/** A value a rate's numerator or denominator can take, and the printed counts it comes from. */
interface Candidate {
  readonly value: bigint;
  readonly sources: readonly number[];
  readonly unit: string;
  readonly canonical: boolean;
  /** All its counts are in the rate's own sentence. */
  readonly near: boolean;
  readonly role: string;
}

interface CountFact {
  readonly index: number;
  readonly quantity: Quantity;
  readonly value: bigint;
  readonly role: Role | null;
  readonly near: boolean;
}

function sentenceKey(report: Report, clause: number | null): string | null {
  const c = clause === null ? undefined : report.clauses[clause];
  return c ? `${c.paragraph}:${c.sentence}` : null;
}

/** Each sentence's text and quantities, keyed "paragraph:sentence", built once per report. */
interface SentenceIndex {
  readonly text: ReadonlyMap<string, string>;
  readonly quantities: ReadonlyMap<string, readonly number[]>;
}

function indexSentences(report: Report): SentenceIndex {
  const text = new Map<string, string>();
  for (const c of report.clauses) {
    const key = `${c.paragraph}:${c.sentence}`;
    text.set(key, (text.get(key) ?? "") + report.text.slice(...c.span));
  }
  const quantities = new Map<string, number[]>();
  report.quantities.forEach((q, index) => {
    const key = sentenceKey(report, q.clause);
    if (key) quantities.set(key, [...(quantities.get(key) ?? []), index]);
  });
  return { text, quantities };
}

/** The exact counts a rate may be computed from: its sentence, and the sentence before if it is about the same things. */
function countsAround(report: Report, sentences: SentenceIndex, rate: Rate): CountFact[] {
  const own = report.clauses[rate.clause ?? -1];
  if (!own) return [];
  const ownKey = `${own.paragraph}:${own.sentence}`;
  const beforeKey = `${own.paragraph}:${own.sentence - 1}`;
  const here = sentences.text.get(ownKey) ?? "";
  const before = own.sentence > 0 ? (sentences.text.get(beforeKey) ?? "") : "";
  // A rate in a sentence without counts of its own, or about the same things, may use the counts
  // of the sentence before it.
  const ownCounts = (sentences.quantities.get(ownKey) ?? []).some((i) => report.quantities[i]!.clause! <= rate.clause!);
  const sharesSubject = !ownCounts || SUBJECT_NOUNS.some((noun) => here.includes(noun) && before.includes(noun));
  const candidates = [...(sharesSubject ? (sentences.quantities.get(beforeKey) ?? []) : []), ...(sentences.quantities.get(ownKey) ?? [])];
  const facts: CountFact[] = [];
  for (const index of candidates) {
    const quantity = report.quantities[index]!;
    if (!RATE_UNIT_DIMENSIONS.has(quantity.dimension) || !isCountDimension(quantity.dimension)) continue;
    // Clauses after the rate's (…结案率95.4%；仲裁调解…共结案868宗) make claims of their own.
    if (quantity.clause! > rate.clause!) continue;
    const value = exactCount(quantity);
    if (value === null) continue;
    const near = sentenceKey(report, quantity.clause) === ownKey;
    facts.push({ index, quantity, value, role: findRole(quantity.label)?.role ?? null, near });
  }
  return facts;
}

/**
 * Sums of listed parts that make up a role: all closure parts (调解4件、裁决1件 → 结案 5) or the
 * correction parts among a list of decisions (撤销6件、确认违法4件 of 维持/撤销/确认违法/驳回 → 纠错 10).
 * Every part of the list must be a known kind, so nothing unknown is left out or added in.
 */
function partSums(report: Report, facts: readonly CountFact[], members: readonly string[], role: string, canonical: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const b of report.breakdowns) {
    const parts = b.parts.map((i) => facts.find((f) => f.index === i));
    if (parts.length === 0 || parts.some((p) => p === undefined)) continue;
    const kinds = parts.map((p) => partitionMembersOf(p!.quantity.label.replace(LIST_PREFIX, "")).map((m) => m.member));
    if (kinds.some((k) => !k.some((m) => CLOSURE_PARTS.includes(m)))) continue;
    const chosen = parts.filter((_, i) => kinds[i]!.some((m) => members.includes(m))).map((p) => p!);
    if (chosen.length === 0) continue;
    out.push({
      value: chosen.reduce((sum, p) => sum + p.value, 0n),
      sources: chosen.map((p) => p.index),
      unit: chosen[0]!.quantity.unit,
      canonical,
      near: chosen.every((p) => p.near),
      role,
    });
  }
  return out;
}

function operandCandidates(report: Report, op: Operand, facts: readonly CountFact[], canonical: boolean): Candidate[] {
  const single = (f: CountFact, role: string): Candidate => ({
    value: f.value,
    sources: [f.index],
    unit: f.quantity.unit,
    canonical,
    near: f.near,
    role,
  });
  if (op.kind === "role") return facts.filter((f) => f.role === op.role).map((f) => single(f, op.role));
  if (op.kind === "parts") return partSums(report, facts, op.parts, op.of, canonical);
  // A sum of roles: one count of each role (受理 + 上期未结).
  const groups = op.roles.map((role) => facts.filter((f) => f.role === role));
  if (groups.some((g) => g.length !== 1)) return [];
  const members = groups.map((g) => g[0]!);
  return [
    {
      value: members.reduce((s, f) => s + f.value, 0n),
      sources: members.map((f) => f.index),
      unit: members[0]!.quantity.unit,
      canonical,
      near: members.every((f) => f.near),
      role: op.roles.join("+"),
    },
  ];
}

const disjointSources = (a: Candidate, b: Candidate) => !a.sources.some((s) => b.sources.includes(s));

function printedRate(rate: Rate): string {
  return `${rate.name}${rate.raw}`;
}

/** The rate with its name ("办结率99%", "调解成功率达98.8%"), so the finding covers the whole claim. */
function rateSpan(report: Report, rate: Rate): [number, number] {
  const clause = report.clauses[rate.clause ?? -1];
  const from = Math.max(clause?.span[0] ?? 0, rate.span[0] - rate.name.length - 4);
  const at = rate.name ? report.text.lastIndexOf(rate.name, rate.span[0]) : -1;
  return [at >= from ? at : rate.span[0], rate.span[1]];
}

function overHundred(rate: Rate): boolean {
  const [int = "0"] = rate.value.split(".");
  const rest = rate.value.slice(int.length + 1);
  return BigInt(int) > 100n || (BigInt(int) === 100n && /[1-9]/u.test(rest));
}

function rateFindings(report: Report, locale: Locale): NumberFinding[] {
  const out: NumberFinding[] = [];
  if (report.rates.length === 0) return out;
  const sentences = indexSentences(report);
  report.rates.forEach((rate) => {
    if (rate.kind !== "percent" || rate.clause === null) return;
    const clauseText = report.text.slice(...report.clauses[rate.clause]!.span);
    const match = findIndicator(rate.name, clauseText);
    const indicator = match?.indicator;
    if (!match || !indicator?.bounded || !indicator.numerator || !indicator.denominator) return;
    const name = rate.name || match.name;
    const facts = countsAround(report, sentences, rate);
    const K = [
      ...operandCandidates(report, indicator.numerator, facts, true),
      ...indicator.altNumerators.flatMap((op) => operandCandidates(report, op, facts, false)),
    ];
    const N = [
      ...operandCandidates(report, indicator.denominator, facts, true),
      ...indicator.altDenominators.flatMap((op) => operandCandidates(report, op, facts, false)),
    ];
    // A count with no role word (我局行政诉讼案件12件) may be the base of any rate: it can only silence.
    const generic: Candidate[] = facts
      .filter((f) => f.role === null)
      .map((f) => ({ value: f.value, sources: [f.index], unit: f.quantity.unit, canonical: false, near: f.near, role: "" }));
    const rateText = printedRate(rate);

    if (overHundred(rate)) {
      out.push({
        ruleId: "impossible-percentage",
        messageId: "overHundred",
        severity: "error",
        span: rateSpan(report, rate),
        data: { rate: rateText, name },
        details: { printed: `${rate.value}%`, computed: "", expression: `${rate.value}% > 100%`, candidates: [], suggestion: "" },
      });
      for (const k of K.filter((c) => c.canonical && c.near)) {
        for (const n of N.filter((c) => c.canonical && c.near && disjointSources(k, c) && k.value > c.value)) {
          const part = report.quantities[k.sources[0]!]!;
          const whole = report.quantities[n.sources[0]!]!;
          out.push({
            ruleId: "part-exceeds-total",
            messageId: "numeratorExceeds",
            severity: "error",
            span: part.span,
            data: { part: quoteIn(report.text, part), whole: quoteIn(report.text, whole), name },
            details: { printed: part.raw, computed: "", expression: `${k.value} > ${n.value}`, candidates: [], suggestion: "" },
          });
        }
      }
      return;
    }

    const pairs: { k: Candidate; n: Candidate }[] = [];
    for (const k of K) for (const n of [...N, ...generic]) if (disjointSources(k, n) && unitsCompatible(k.unit, n.unit)) pairs.push({ k, n });

    if (pairs.length > 0) {
      const checks = pairs.map((p) => checkRate(rate, p.k.value, p.n.value));
      if (checks.some((c) => c.consistent)) return;
      const truncatedAt = checks.findIndex((c) => c.mode === "truncate");
      const explain = (p: { k: Candidate; n: Candidate }) =>
        explainRate({
          rate,
          k: p.k.value,
          n: p.n.value,
          rateName: name,
          numeratorLabel: p.k.role || undefined,
          denominatorLabel: p.n.role || undefined,
          unit: report.quantities[p.n.sources[0]!]!.unitText,
          locale,
        });
      const counts = (p: { k: Candidate; n: Candidate }) =>
        [...p.n.sources, ...p.k.sources]
          .sort((a, b) => a - b)
          .map((i) => quoteIn(report.text, report.quantities[i]!))
          .join("、");
      // With the canonical counts printed beside it, a rate must be rounded from them; a truncated
      // one is reported like any other mismatch. Otherwise truncation is only worth a note.
      const explicit = pairs.find((p) => p.k.canonical && p.n.canonical && p.k.near && p.n.near);
      if (truncatedAt >= 0 && !explicit) {
        const p = pairs[truncatedAt]!;
        const e = explain(p);
        out.push({
          ruleId: "rate-mismatch",
          messageId: "truncated",
          severity: "info",
          span: rateSpan(report, rate),
          data: { rate: rateText, counts: counts(p), expression: e.expression, detail: remarks(e.candidates, locale, locale === "en" ? "; " : "；") },
          details: { ...e },
        });
        return;
      }
      if (explicit && indicator.mismatchSeverity) {
        const e = explain(explicit);
        out.push({
          ruleId: "rate-mismatch",
          messageId: "mismatch",
          severity: indicator.mismatchSeverity === "error" ? "error" : "warning",
          span: rateSpan(report, rate),
          data: {
            rate: rateText,
            counts: counts(explicit),
            expression: e.expression,
            detail: remarks(e.candidates, locale, locale === "en" ? "; " : "；"),
            suggestion: e.suggestion,
          },
          details: { ...e },
        });
        return;
      }
      // Counts of the right kinds are there, but which of them the rate is based on is unclear (口径).
      // Show the readings closest to the printed rate (ordering only; no decision rests on it).
      const printed = Number(rate.value);
      const distance = (p: { k: Candidate; n: Candidate }) => Math.abs((Number(p.k.value) * 100) / Number(p.n.value) - printed);
      const shown = pairs
        .filter((p) => p.n.role !== "" && p.k.value <= p.n.value)
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, 3);
      if (shown.length === 0) return;
      const expressions = shown.map((p) => explain(p).expression.split(/[，,]/u)[0]!);
      out.push({
        ruleId: "rate-mismatch",
        messageId: "unclear",
        severity: "warning",
        span: rateSpan(report, rate),
        data: { rate: rateText, expression: join(expressions, locale), name },
        details: { ...explain(shown[0]!), expression: join(expressions, locale) },
      });
      return;
    }

    if (K.length > 0) return;
    // Only the base is printed: is the rate possible at all for it (15件 → 99% is not)?
    // The base must be printed in the rate's own sentence, and must not itself name the numerator.
    const bases = N.filter((n) => n.near && n.sources.length === 1 && !labelNamesNumerator(report, n.sources[0]!, indicator));
    const values = [...new Set(bases.map((n) => n.value))];
    if (values.length === 0) return;
    const checks = values.map((n) => ({ n, g: grimCheck(rate, n) }));
    if (!checks.every((c) => c.g.testable && !c.g.feasible)) return;
    const only = bases.length === 1 && bases[0]!.canonical;
    const base = report.quantities[bases[0]!.sources[0]!]!;
    const numeratorRole = indicator.numerator.kind === "role" ? indicator.numerator.role : undefined;
    const e = explainInfeasibleRate({
      rate,
      n: values[0]!,
      rateName: name,
      numeratorLabel: numeratorRole,
      denominatorLabel: bases[0]!.role || undefined,
      unit: base.unitText,
      locale,
    });
    out.push({
      ruleId: "impossible-percentage",
      messageId: "infeasible",
      severity: only ? "error" : "warning",
      span: rateSpan(report, rate),
      data: { rate: rateText, base: quoteIn(report.text, base), expression: e.expression, suggestion: e.suggestion },
      details: { ...e },
    });
  });
  return out;
}

/** 仲裁调解及基层调解共结案868宗 names the numerator (调解) too: it cannot serve as the base alone. */
function labelNamesNumerator(report: Report, index: number, indicator: IndicatorDef): boolean {
  const roles = new Set(findRoles(report.quantities[index]!.label).map((r) => r.role));
  const numeratorRoles = [indicator.numerator!, ...indicator.altNumerators].flatMap((op) =>
    op.kind === "role" ? [op.role] : op.kind === "sum" ? op.roles : [op.of],
  );
  return numeratorRoles.some((r) => roles.has(r));
}

// ---------------------------------------------------------------------------------------------

const cache = new WeakMap<Report, Map<Locale, NumberFinding[]>>();

/** Every number finding of a report (all four rules), computed once per report and locale. */
export function numberFindings(report: Report, locale: Locale): readonly NumberFinding[] {
  let byLocale = cache.get(report);
  if (!byLocale) cache.set(report, (byLocale = new Map<Locale, NumberFinding[]>()));
  let found = byLocale.get(locale);
  if (!found) byLocale.set(locale, (found = [...breakdownFindings(report, locale), ...rateFindings(report, locale)]));
  return found;
}
