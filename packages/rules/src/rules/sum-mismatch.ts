/**
 * sum-mismatch: parts listed with a total must fit it — never more than the total, and exactly the
 * total when the text says they make it up (共计/合计 after the list, 其余 N, 分别为, the members of a
 * complete partition such as 第一、二、三产业). Printed precision and hedge words (余, 约) are
 * respected. A part that alone exceeds its total is part-exceeds-total's finding, not this rule's.
 * Docs: docs/rules/sum-mismatch.md
 */
import { createRule } from "../rule.js";
import { partWholeVerdicts } from "../numbers/part-whole.js";
import { countSpan, quoteCount } from "../numbers/quote.js";
import { partWholeText } from "../numbers/render.js";

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
      mismatchEarlierTotal: {
        zh: "「{{parts}}」各项之和与前文「{{whole}}」不一致：{{expression}}{{detail}}。{{suggestion}}",
        en: 'The parts "{{parts}}" do not add up to "{{whole}}" stated before them: {{expression}}{{detail}}. {{suggestion}}',
      },
    },
  },
  create(context) {
    const { locale } = context.settings;
    const { text } = context;
    for (const verdict of partWholeVerdicts(context.document)) {
      if (!verdict.sum) continue;
      const { claim, arithmetic } = verdict;
      const words = partWholeText(arithmetic, locale, { exhaustive: claim.exhaustive });
      const whole = quoteCount(text, claim.whole.quantity);
      const details = { printed: arithmetic.whole, computed: arithmetic.sum, expression: words.expression, detail: words.detail, suggestion: words.suggestion };
      const earlier = claim.whole.sentence !== claim.parts[0]!.sentence;
      if (earlier) {
        const first = countSpan(text, claim.parts[0]!.quantity);
        const parts = claim.parts.map((p) => quoteCount(text, p.quantity)).join("、");
        context.report({
          span: [first[0], claim.parts.at(-1)!.quantity.span[1]],
          messageId: "mismatchEarlierTotal",
          severity: verdict.sum.severity,
          data: { parts, whole, expression: words.expression, detail: words.detail, suggestion: words.suggestion },
          details,
        });
        continue;
      }
      context.report({
        span: claim.span,
        messageId: verdict.sum.check === "sum-mismatch" ? "mismatch" : "sumExceeds",
        severity: verdict.sum.severity,
        data: { whole, computed: arithmetic.sum, expression: words.expression, detail: words.detail, suggestion: words.suggestion },
        details,
      });
    }
  },
});
