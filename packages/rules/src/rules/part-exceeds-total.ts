/**
 * part-exceeds-total: one sub-count cannot be larger than the total it belongs to (线上调解81件 in
 * 受理67件（…）), nor a rate's numerator larger than its base. When a part alone is above its total,
 * this is the one finding for that list (its sum is shown in the message, not reported again).
 * Docs: docs/rules/part-exceeds-total.md
 */
import { createRule } from "../rule.js";
import { partWholeVerdicts } from "../numbers/part-whole.js";
import { countSpan, quoteCount } from "../numbers/quote.js";
import { rateClaims } from "../numbers/rates.js";
import { rolePairViolations } from "../numbers/role-pairs.js";
import { partWholeText, phrase } from "../numbers/render.js";

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
        zh: "分项「{{part}}」大于总数「{{whole}}」{{detail}}，分项不应超过总数，请核对总数或该分项数字。",
        en: 'The part "{{part}}" is larger than its total "{{whole}}"{{detail}}; please check the total or that part.',
      },
      subsetExceeds: {
        zh: "「{{part}}」大于「{{whole}}」：前者是后者的一部分（{{name}}），不应更多，请核对这两个数字。",
        en: '"{{part}}" is larger than "{{whole}}", though it counts a part of it ({{name}}); please check both figures.',
      },
      numeratorExceeds: {
        zh: "「{{part}}」大于「{{whole}}」，{{name}}不可能超过 100%，请核对这两个数字。",
        en: '"{{part}}" is larger than "{{whole}}", but {{name}} cannot exceed 100%; please check both figures.',
      },
    },
  },
  create(context) {
    const { locale } = context.settings;
    const { text } = context;
    const reported = new Set<number>();
    for (const verdict of partWholeVerdicts(context.document)) {
      if (!verdict.exceeding) continue;
      reported.add(verdict.exceeding.part.index);
      // Parts that are summed are sum-mismatch's single finding, which names this part.
      if (verdict.sum) continue;
      const { claim, arithmetic, exceeding } = verdict;
      const words = partWholeText(arithmetic, locale, { exhaustive: claim.exhaustive });
      const notes: string[] = [];
      if (claim.parts.length > 1) notes.push(`${words.expression}${words.detail}`);
      for (const other of exceeding.others) notes.push(phrase("alsoExceeds", locale, { part: quoteCount(text, other.quantity) }));
      const detail = notes.length === 0 ? "" : locale === "en" ? ` (${notes.join("; ")})` : `（${notes.join("；")}）`;
      const partSpan = countSpan(text, exceeding.part.quantity);
      const wholeSpan = countSpan(text, claim.whole.quantity);
      // The finding covers the part and its total when they share a sentence, else the part alone.
      const together = claim.whole.sentence === exceeding.part.sentence;
      context.report({
        span: together ? [Math.min(partSpan[0], wholeSpan[0]), Math.max(partSpan[1], wholeSpan[1])] : partSpan,
        messageId: "partExceeds",
        severity: exceeding.severity,
        data: { part: quoteCount(text, exceeding.part.quantity), whole: quoteCount(text, claim.whole.quantity), detail },
        details: { printed: arithmetic.whole, computed: arithmetic.sum, expression: `${exceeding.part.quantity.raw} > ${claim.whole.quantity.raw}`, detail, suggestion: words.suggestion },
      });
    }
    for (const claim of rateClaims(context.document)) {
      if (claim.outcome.kind !== "over-hundred" || !claim.outcome.numeratorAbove) continue;
      const { k, n } = claim.outcome.numeratorAbove;
      const part = k.sources[0]!.quantity;
      const whole = n.sources[0]!.quantity;
      reported.add(k.sources[0]!.index);
      context.report({
        span: part.span,
        messageId: "numeratorExceeds",
        data: { part: quoteCount(text, part), whole: quoteCount(text, whole), name: claim.name },
        details: { printed: part.raw, computed: "", expression: `${part.raw} > ${whole.raw}`, suggestion: "" },
      });
    }
    for (const v of rolePairViolations(context.document)) {
      if (reported.has(v.part.index)) continue;
      const together = countSpan(text, v.whole.quantity);
      const part = countSpan(text, v.part.quantity);
      context.report({
        span: [Math.min(together[0], part[0]), Math.max(together[1], part[1])],
        messageId: "subsetExceeds",
        ...(v.likely && { severity: "warning" as const }),
        data: { part: quoteCount(text, v.part.quantity), whole: quoteCount(text, v.whole.quantity), name: v.name },
        details: { printed: v.part.quantity.raw, computed: "", expression: `${v.part.quantity.raw} > ${v.whole.quantity.raw}`, suggestion: "" },
      });
    }
  },
});
