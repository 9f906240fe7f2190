/**
 * Words the count-against-list findings of sum-mismatch: the count as the reader finds it and the
 * members, briefly. Which counts disagree with their lists is list-counts.ts's.
 */
import type { Locale } from "@reportlint/report-model";
import type { RuleContext } from "../rule.js";
import { listCountViolations, type ListCountViolation } from "./list-counts.js";
import { mapped } from "../util/lists.js";

/** Reports every stated count that disagrees with the list naming its members, at the count. */
export function reportListCounts(context: RuleContext<unknown, "listCount">): void {
  for (const v of listCountViolations(context.document)) {
    context.report({
      span: v.count.span,
      messageId: "listCount",
      data: listCountData(context.text, v, context.settings.locale),
      severity: v.certainty === "certain" ? "error" : "warning",
      details: { stated: v.stated, named: v.named, namedReadings: v.namedReadings, closure: v.closure, items: mapped(v.items, (i) => i.text) },
    });
  }
}

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
