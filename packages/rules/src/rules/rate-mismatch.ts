/**
 * rate-mismatch: a printed rate or share must equal k ÷ n at its printed precision for the counts
 * the text gives it (办结率99.2% with 受理120件、办结118件 gives 98.3%; 直办37643件，占52.8% of 71412
 * gives 52.7%). Silent when any plausible pair of counts fits; a warning when the counts are there
 * but which of them is the base is not certain. Docs: docs/rules/rate-mismatch.md
 */
import type { Report } from "@reportlint/report-model";
import { rateArithmetic } from "@reportlint/indicator-math";
import { createRule } from "../rule.js";
import { countSpan, quoteCount, quoteRate, rateSpan } from "../numbers/quote.js";
import { rateClaims, type RateCandidate, type RateClaim, type RatePair } from "../numbers/rates.js";
import { ratioPartViolations, type RatioPartViolation } from "../numbers/ratio-parts.js";
import { shareSumViolations } from "../numbers/share-sums.js";
import { joinList, rateCandidates, rateExpression, rateSuggestion, remarks, roundingPhrase } from "../numbers/render.js";
import type { Locale } from "@reportlint/report-model";
import { mapped } from "../util/lists.js";

/** The printed counts of a pair, in text order, each quoted with its words. */
function quotePair(report: Report, pair: RatePair): string {
  const facts = [...new Set([...pair.n.sources, ...pair.k.sources])].sort((a, b) => a.quantity.span[0] - b.quantity.span[0]);
  // A count in a table is quoted from its own cell (77件, not 数量 | 77件).
  return mapped(facts, (f) => quoteCount(report.text, f.quantity).replace(/^.*[|｜]\s*/u, "")).join("、");
}

const termsOf = (c: RateCandidate) => (c.sources.length > 1 ? { terms: mapped(c.sources, (f) => f.quantity.value) } : {});

/**
 * The worked division of a pair (98 ÷ 120 = 81.67%…), with its arithmetic; `corrections: false` when
 * only the division is shown (the counts that would agree are not searched for).
 */
function expressionOf(claim: RateClaim, pair: RatePair, locale: Locale, corrections = true) {
  const arithmetic = rateArithmetic(claim.rate, pair.k.value, pair.n.value, { corrections });
  return { arithmetic, expression: rateExpression(arithmetic, locale, termsOf(pair.n), termsOf(pair.k)) };
}

function explain(claim: RateClaim, pair: RatePair, locale: Locale) {
  const { arithmetic, expression } = expressionOf(claim, pair, locale);
  const unit = pair.k.sources[0]!.quantity.unitText;
  const numerator = pair.k.role || claim.numeratorWord;
  const denominator = pair.n.role || undefined;
  const candidates = rateCandidates(arithmetic, locale, { numerator, denominator, unit });
  const suggestion = rateSuggestion(locale, { numerator, unit, name: claim.name });
  return { arithmetic, expression, candidates, suggestion };
}

export default createRule({
  id: "rate-mismatch",
  meta: {
    type: "problem",
    docs: {
      description: { zh: "比率应与其所依据的数字相符", en: "A rate must agree with the counts it is computed from" },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      mismatch: {
        zh: "「{{rate}}」与「{{counts}}」不一致：{{expression}}{{detail}}。{{suggestion}}",
        en: '"{{rate}}" does not agree with "{{counts}}": {{expression}}{{detail}}. {{suggestion}}',
      },
      unclear: {
        zh: "「{{rate}}」无法由文中数字算出：{{expression}}。请确认{{name}}的分子、分母口径，或核对数字。",
        en: '"{{rate}}" cannot be computed from the figures in the text: {{expression}}. Please confirm what {{name}} is based on, or check the figures.',
      },
      ratioPart: {
        zh: "「{{ratio}}」中的「{{term}}」与「{{part}}」不一致：{{expression}}，{{decimals}}应为 {{expected}}。请核对该项比重或数字。",
        en: 'The term "{{term}}" of "{{ratio}}" does not agree with "{{part}}": {{expression}}, which {{decimals}} is {{expected}}. Please check the term or the figures.',
      },
      ratioPartRounding: {
        zh: "「{{ratio}}」中的「{{term}}」与「{{part}}」按所列数字计算不一致：{{expression}}，{{decimals}}应为 {{expected}}；各数字本身经过四舍五入，仍可能得到「{{term}}」。请核对该项比重。",
        en: 'The term "{{term}}" of "{{ratio}}" does not agree with "{{part}}" as printed: {{expression}}, which {{decimals}} is {{expected}}; the figures are rounded themselves and may still give "{{term}}". Please check the term.',
      },
      ratioParts: {
        zh: "「{{ratio}}」与「{{parts}}」不一致：按各项数字应为 {{expected}}。请核对各项数字或比重。",
        en: '"{{ratio}}" does not agree with "{{parts}}": the figures give {{expected}}. Please check the figures or the ratio.',
      },
      truncated: {
        zh: "「{{rate}}」与「{{counts}}」相比疑似截去尾数而非四舍五入：{{expression}}。请核对是否应为 {{expected}}%。",
        en: '"{{rate}}" looks truncated rather than rounded from "{{counts}}": {{expression}}. Please check whether it should be {{expected}}%.',
      },
    },
  },
  create(context) {
    const { locale } = context.settings;
    const report = context.document;
    for (const claim of rateClaims(report)) {
      const { outcome } = claim;
      // Most rates fit their counts: the rate is quoted only for a finding.
      if (outcome.kind !== "mismatch" && outcome.kind !== "truncated" && outcome.kind !== "unclear") continue;
      const rate = quoteRate(report, claim.rate);
      const span = rateSpan(report, claim.rate);
      if (outcome.kind === "mismatch" || outcome.kind === "truncated") {
        const e = explain(claim, outcome.pair, locale);
        const details = { printed: `${claim.rate.value}%`, computed: `${e.arithmetic.computed ?? ""}%`, expression: e.expression, candidates: e.candidates, suggestion: e.suggestion };
        const counts = quotePair(report, outcome.pair);
        const data: Record<string, string> =
          outcome.kind === "truncated"
            ? { rate, counts, expression: e.expression, expected: e.arithmetic.expected ?? "" }
            : { rate, counts, expression: e.expression, detail: remarks(e.candidates, locale), suggestion: e.suggestion };
        context.report({ span, messageId: outcome.kind, severity: outcome.severity, data, details });
      } else if (outcome.kind === "unclear") {
        // Show the readings closest to the printed rate (ordering only; no decision rests on it).
        const printed = Number(claim.rate.value);
        const distance = (p: RatePair) => Math.abs((Number(p.k.value.num) * 100 * Number(p.n.value.den)) / (Number(p.n.value.num) * Number(p.k.value.den)) - printed);
        const shown = mapped(
          mapped(outcome.pairs, (p) => ({ p, d: distance(p) })).sort((a, b) => a.d - b.d),
          (x) => x.p,
        );
        // The same counts reached twice (by role and as the sentence's total) are shown once.
        // The three nearest readings, each written once; the arithmetic is worked out only for them.
        const expressions: string[] = [];
        const tried = new Set<string>();
        for (const p of shown) {
          // Pairs of the same values and terms read the same: each is worked out once.
          const key = mapped([p.k, p.n], (c) => `${c.value.num}/${c.value.den}:${c.sources.length > 1 ? mapped(c.sources, (f) => f.quantity.value).join("+") : ""}`).join(" ");
          if (tried.has(key)) continue;
          tried.add(key);
          const expression = expressionOf(claim, p, locale, false).expression.split(/[，,]/u)[0]!;
          if (!expressions.includes(expression)) expressions.push(expression);
          if (expressions.length === 3) break;
        }
        context.report({
          span,
          messageId: "unclear",
          severity: "warning",
          data: { rate, expression: joinList(expressions, locale), name: claim.name },
          details: { printed: `${claim.rate.value}%`, computed: "", expression: joinList(expressions, locale), candidates: [], suggestion: "" },
        });
      }
    }
    // One finding per ratio: several terms off at once point at an amount (or the ratio) as a whole,
    // and a ratio that does not make 100% is sum-mismatch's (which names the term off).
    const unbalanced = shareSumViolations(report).filter((v) => v.kind === "ratio");
    const byRatio = new Map<number, RatioPartViolation[]>();
    for (const v of ratioPartViolations(report)) {
      if (unbalanced.some((u) => u.span[0] <= v.termSpan[0] && v.termSpan[1] <= u.span[1])) continue;
      byRatio.set(v.ratioSpan[0], [...(byRatio.get(v.ratioSpan[0]) ?? []), v]);
    }
    for (const terms of byRatio.values()) {
      const v = terms[0]!;
      // The amounts are rounded themselves: a term off at its precision is likely, not certain. A
      // term only their rounding allows (39.2 ÷ 247.4 = 15.84% printed 15.9) still disagrees with the
      // figures a reader sees, and the message says that rounding might explain it.
      const severity = "warning";
      const amounts = mapped(v.parts, (p) => p.quantity.value);
      if (terms.length > 1) {
        // Terms that agree stay as printed.
        const printed = v.ratio.split(/\s*[:：︰]\s*/u);
        const expected = mapped(v.parts, (p, i) => terms.find((t) => t.part === p)?.expected ?? printed[i]!);
        context.report({
          span: v.ratioSpan,
          messageId: "ratioParts",
          severity,
          data: { ratio: v.ratio, parts: mapped(v.parts, (p) => quoteCount(report.text, p.quantity)).join("、"), expected: expected.join("：") },
          details: { printed: v.ratio, computed: expected.join("："), expression: amounts.join("："), candidates: [], suggestion: "" },
        });
        continue;
      }
      const expression = `${v.part.quantity.value} ÷ (${amounts.join(" + ")}) = ${v.computed}%`;
      context.report({
        // At the amount: the ratio may stand a few sentences after it, and the amount is what the
        // term was computed from.
        span: countSpan(report.text, v.part.quantity),
        messageId: v.certain ? "ratioPart" : "ratioPartRounding",
        severity,
        data: { ratio: v.ratio, term: v.term, part: quoteCount(report.text, v.part.quantity), expression, decimals: roundingPhrase(v.term.split(".")[1]?.length ?? 0, locale), expected: v.expected },
        details: { printed: v.term, computed: v.computed, expression, candidates: [], suggestion: "" },
      });
    }
  },
});
