import type { Quantity, Rate } from "@reportlint/report-model";
import { extractNumbers } from "../../src/numbers/extract.js";

/** A quantity in one short string: value, multiplier, measure word as printed, and ~approx when hedged. */
export function quantityText(q: Quantity): string {
  return `${q.value}${q.multiplier}${q.unitText}${q.approx === "exact" ? "" : `~${q.approx}`}`;
}

/** A rate in one short string: name=value% (or pt for 个百分点), and ~approx when hedged. */
export function rateText(r: Rate): string {
  return `${r.name}=${r.value}${r.kind === "percent" ? "%" : "pt"}${r.approx === "exact" ? "" : `~${r.approx}`}`;
}

/** The quantities of a text with no clauses and nothing excluded, as short strings. */
export function quantitiesOf(text: string): string[] {
  return extractNumbers(text, [], []).quantities.map(quantityText);
}

/** The rates of a text with no clauses and nothing excluded, as short strings. */
export function ratesOf(text: string): string[] {
  return extractNumbers(text, [], []).rates.map(rateText);
}
