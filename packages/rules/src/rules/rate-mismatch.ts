/**
 * rate-mismatch: a printed rate must equal k ÷ n at its printed precision for the counts the same
 * sentence names for it (办结率99.2% with 受理120件、办结118件 gives 98.3%). Silent when any plausible
 * pair of counts fits. Docs: docs/rules/rate-mismatch.md
 */
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { reportNumberFindings } from "../numbers/report.js";

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
      truncated: {
        zh: "「{{rate}}」与「{{counts}}」相比疑似截去尾数而非四舍五入：{{expression}}{{detail}}",
        en: '"{{rate}}" looks truncated rather than rounded from "{{counts}}": {{expression}}{{detail}}',
      },
    },
  },
  create(context) {
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "rate-mismatch");
  },
});
