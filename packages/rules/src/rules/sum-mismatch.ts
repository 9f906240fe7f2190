/**
 * sum-mismatch: parts listed with a total must fit it — never more than the total, and exactly the
 * total when the text says they make it up (共计/合计 after the list, 其余 N, 分别为). Printed
 * precision and hedge words (余, 约) are respected. Docs: docs/rules/sum-mismatch.md
 */
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { reportNumberFindings } from "../numbers/report.js";

export default createRule({
  id: "sum-mismatch",
  meta: {
    type: "problem",
    docs: {
      description: { zh: "分项之和应与所列总数相符", en: "Enumerated parts must fit their stated total" },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      sumExceeds: {
        zh: "「{{whole}}」后所列各项合计 {{computed}}（{{expression}}）{{detail}}。{{suggestion}}",
        en: 'The parts listed with "{{whole}}" add up to {{computed}} ({{expression}}){{detail}}. {{suggestion}}',
      },
      mismatch: {
        zh: "「{{whole}}」与所列各项之和不一致：{{expression}}{{detail}}。{{suggestion}}",
        en: '"{{whole}}" does not equal the sum of its parts: {{expression}}{{detail}}. {{suggestion}}',
      },
    },
  },
  create(context) {
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "sum-mismatch");
  },
});
