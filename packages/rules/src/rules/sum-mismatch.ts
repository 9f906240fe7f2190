/**
 * sum-mismatch: parts listed with a total must fit it — never more than the total, and exactly the
 * total when the text says they make it up (共计/合计 after the list, 其余 N, 分别为). Printed
 * precision and hedge words (余, 约) are respected. A stated count must also match the list naming its
 * members (下属单位共4家，分别是甲院、乙中心和丙站). Docs: docs/rules/sum-mismatch.md
 */
import type { Locale } from "@reportlint/report-model";
import { createRule } from "../rule.js";
import { numberFindings } from "../numbers/claims.js";
import { listCountViolations, type ListCountViolation } from "../numbers/list-counts.js";
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
      listCount: {
        zh: "「{{count}}」与所列名称的数量不一致：列出 {{named}}（{{items}}）{{detail}}。请核对数量或名单。",
        en: '"{{count}}" does not match the names listed: {{named}} named ({{items}}){{detail}}. Please check the count or the list.',
      },
    },
  },
  create(context) {
    reportNumberFindings(context, numberFindings(context.document, context.settings.locale), "sum-mismatch");
    for (const v of listCountViolations(context.document)) {
      context.report({
        span: v.count.span,
        messageId: "listCount",
        data: listCountData(context.text, v, context.settings.locale),
        severity: v.certainty === "certain" ? "error" : "warning",
        details: { stated: v.stated, named: v.named, namedReadings: v.namedReadings, closure: v.closure, items: v.items.map((i) => i.text) },
      });
    }
  },
});

const MAX_ITEMS_SHOWN = 6;
const MAX_ITEM_CHARS = 14;

const MAX_NOUN_CHARS = 8;

/**
 * The count as the reader finds it: with its lead words and noun when it comes first (印发3份清单), after
 * the last member when it comes last (滨江花园等3个).
 */
function quoteCount(text: string, v: ListCountViolation): string {
  const { list, count } = v;
  if (list.order === "list-first") return `${v.items.at(-1)!.text}${list.marker}${count.raw}`;
  let end = count.span[1];
  while (end < text.length && end - count.span[1] < MAX_NOUN_CHARS && /\p{Script=Han}/u.test(text[end]!)) end++;
  let noun = text.slice(count.span[1], end);
  const marker = noun.indexOf(list.marker);
  if (list.marker !== "" && marker >= 0) noun = noun.slice(0, marker);
  return `${count.label}${count.raw}${noun}`;
}

/** The listCount message data: the count as printed, and the members, briefly. */
function listCountData(text: string, v: ListCountViolation, locale: Locale): Record<string, string> {
  const { count } = v;
  const quote = quoteCount(text, v);
  const shown = v.items.slice(0, MAX_ITEMS_SHOWN).map((i) => (i.text.length > MAX_ITEM_CHARS ? `${i.text.slice(0, MAX_ITEM_CHARS)}…` : i.text));
  const items = `${shown.join(locale === "en" ? ", " : "、")}${v.items.length > MAX_ITEMS_SHOWN ? "…" : ""}`;
  const unit = count.unitText;
  if (locale === "en") {
    return { count: quote, named: String(v.named), items, detail: v.closure === "open" ? `, more than the ${v.stated} stated` : "" };
  }
  return { count: quote, named: `${v.named} ${unit}`, items, detail: v.closure === "open" ? `，多于所述的 ${v.stated} ${unit}` : "" };
}
