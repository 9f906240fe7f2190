/**
 * part-exceeds-total: one sub-count cannot be larger than the total it belongs to (线上调解81件 in
 * 受理67件（…）), nor a rate's numerator larger than its base. Docs: docs/rules/part-exceeds-total.md
 */
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { reportNumberFindings } from "../numbers/report.js";

export default createRule({
  id: "part-exceeds-total",
  meta: {
    type: "problem",
    docs: {
      description: { zh: "分项数字不应大于其总数", en: "A part must not be larger than its total" },
      recommended: true,
    },
    defaultSeverity: "error",
    messages: {
      partExceeds: {
        zh: "分项「{{part}}」大于总数「{{whole}}」，分项不应超过总数，请核对总数或该分项数字。",
        en: 'The part "{{part}}" is larger than its total "{{whole}}"; please check the total or that part.',
      },
      numeratorExceeds: {
        zh: "「{{part}}」大于「{{whole}}」，{{name}}不可能超过 100%，请核对这两个数字。",
        en: '"{{part}}" is larger than "{{whole}}", but {{name}} cannot exceed 100%; please check both figures.',
      },
    },
  },
  create(context) {
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "part-exceeds-total");
  },
});
