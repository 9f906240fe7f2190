/**
 * sum-mismatch: parts listed with a total must fit it — never more than the total, and exactly the
 * total when the text says they make it up (共计/合计 after the list, 其余 N, 分别为). Printed
 * precision and hedge words (余, 约) are respected. In text tables, a 合计/总计/小计 column or row must
 * equal the sum of the cells it covers. Docs: docs/rules/sum-mismatch.md
 */
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { reportNumberFindings } from "../numbers/report.js";
import { reportTableSums } from "../numbers/report-table-sums.js";

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
      // Tables: a total column across one row, a total row down one column (see numbers/table-sums.ts).
      tableRow: {
        zh: "{{row}}的{{column}}为 {{total}}，与同行各分项之和不一致：{{expression}}，相差 {{difference}}{{detail}}。请核对。",
        en: "{{column}} in {{row}} is {{total}}, which does not equal the sum of the row: {{expression}}, {{difference}} apart{{detail}}. Please check.",
      },
      tableColumn: {
        zh: "{{row}}{{column}}为 {{total}}，与各分项之和不一致：{{expression}}，相差 {{difference}}{{detail}}。请核对。",
        en: "{{column}} of {{row}} is {{total}}, which does not equal the sum of its parts: {{expression}}, {{difference}} apart{{detail}}. Please check.",
      },
    },
  },
  create(context) {
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "sum-mismatch");
    reportTableSums(context);
  },
});
