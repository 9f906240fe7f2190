/**
 * impossible-percentage: a percentage that no whole count can produce with the stated base (15件 →
 * only 93.3% or 100% near the top, never 99%), and a proportion above 100%.
 * Docs: docs/rules/impossible-percentage.md
 */
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { reportNumberFindings } from "../numbers/report.js";

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
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "impossible-percentage");
  },
});
