/**
 * impossible-percentage: a percentage that no whole count can produce with the stated base (15件 →
 * only 93.3% or 100% near the top, never 99%), and a proportion above 100% (办结率105%, 占比108%;
 * growth, 完成率 of a target and 贡献率 may exceed 100% and are never checked).
 * Docs: docs/rules/impossible-percentage.md
 */
import { infeasibleArithmetic } from "@reportlint/indicator-math";
import { createRule } from "../rule.js";
import { quoteCount, quoteRate, rateSpan } from "../numbers/quote.js";
import { rateClaims } from "../numbers/rates.js";
import { infeasibleText } from "../numbers/render.js";
import { mapped } from "../util/lists.js";

export default createRule({
  id: "impossible-percentage",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "百分比应能由所述总数中的整数个算出，且比例不超过 100%",
        en: "A percentage must be reachable by a whole count of its base, and a proportion cannot exceed 100%",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      infeasible: {
        zh: "「{{base}}」时，「{{rate}}」不可能出现：{{expression}}。{{suggestion}}",
        en: 'With "{{base}}", "{{rate}}" is impossible: {{expression}}. {{suggestion}}',
      },
      overHundred: {
        zh: "「{{rate}}」超过 100%：{{name}}是所占比例，不应超过 100%，请核对。",
        en: '"{{rate}}" is above 100%: {{name}} is a proportion and cannot exceed 100%; please check.',
      },
    },
  },
  create(context) {
    const { locale } = context.settings;
    const report = context.document;
    for (const claim of rateClaims(report)) {
      const { outcome } = claim;
      // Most rates are possible: the rate is quoted only for a finding.
      if (outcome.kind !== "over-hundred" && outcome.kind !== "infeasible") continue;
      const rate = quoteRate(report, claim.rate);
      const span = rateSpan(report, claim.rate);
      if (outcome.kind === "over-hundred") {
        context.report({
          span,
          messageId: "overHundred",
          severity: outcome.severity,
          data: { rate, name: claim.name },
          details: { printed: `${claim.rate.value}%`, computed: "", expression: `${claim.rate.value}% > 100%`, candidates: [], suggestion: "" },
        });
      } else if (outcome.kind === "infeasible") {
        const base = outcome.bases[0]!;
        const arithmetic = infeasibleArithmetic(claim.rate, base.value);
        const unit = base.sources[0]!.quantity.unitText;
        const words = infeasibleText(arithmetic, locale, { numerator: claim.numeratorWord, denominator: base.role || undefined, unit, name: claim.name });
        context.report({
          span,
          messageId: "infeasible",
          severity: outcome.severity,
          data: { rate, base: quoteCount(report.text, base.sources[0]!.quantity), expression: words.expression, suggestion: words.suggestion },
          details: { printed: `${claim.rate.value}%`, computed: mapped(arithmetic.neighbours, (x) => `${x.shown}%`).join(" / "), expression: words.expression, candidates: [], suggestion: words.suggestion },
        });
      }
    }
  },
});
