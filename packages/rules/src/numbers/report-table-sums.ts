/**
 * Words the table-sum findings for sum-mismatch: which row and column, the arithmetic with every
 * addend (or their count when there are many), the difference, and a request to check (§4.7 of
 * indicator-math.md). The arithmetic itself is table-sums.ts's.
 */
import type { Locale } from "@reportlint/report-model";
import type { RuleContext } from "../rule.js";
import { tableSumViolations, type TableSumViolation } from "./table-sums.js";
import { mapped } from "../util/lists.js";

/** Above this many addends the message gives their count instead of the whole equation. */
export const MAX_SHOWN_ADDENDS = 12;

const shown = (printed: string, value: string) => (value.startsWith("-") ? `(${printed})` : printed);
const absolute = (decimal: string) => (decimal.startsWith("-") ? decimal.slice(1) : decimal);

/** "12 + 4 + 2 + 5 = 23", or "32 项合计 183489" when there are many addends. */
export function tableSumExpression(v: TableSumViolation, locale: Locale): string {
  if (v.addends.length > MAX_SHOWN_ADDENDS) {
    return locale === "en" ? `${v.addends.length} cells add up to ${v.sum}` : `${v.addends.length} 项合计 ${v.sum}`;
  }
  return `${mapped(v.addends, (a) => shown(a.printed, a.value)).join(" + ")} = ${v.sum}`;
}

/** The message data of one table-sum finding, in the locale. */
export function tableSumMessageData(v: TableSumViolation, locale: Locale): Record<string, string> {
  const en = locale === "en";
  const rowNumber = v.total.row + 1;
  const columnNumber = v.total.cell + 1;
  const row = v.rowLabel !== "" ? (en ? `row "${v.rowLabel}"` : `「${v.rowLabel}」行`) : en ? `table row ${rowNumber}` : `表格第 ${rowNumber} 行`;
  const column =
    v.columnHeader !== ""
      ? en
        ? `"${v.columnHeader}"`
        : v.kind === "row"
          ? `「${v.columnHeader}」`
          : `「${v.columnHeader}」列`
      : en
        ? `column ${columnNumber}`
        : `第 ${columnNumber} 列`;
  const rounding = v.tolerance !== "0" && !/^0(\.0+)?$/u.test(v.tolerance);
  return {
    row,
    column,
    total: v.total.printed,
    expression: tableSumExpression(v, locale),
    difference: absolute(v.difference),
    detail: rounding ? (en ? ` (rounding explains at most ${v.tolerance})` : `（四舍五入最多可解释 ${v.tolerance}）`) : "",
  };
}

/** Reports every table total that does not equal the sum of its cells, at the total cell. */
export function reportTableSums(context: RuleContext<unknown, "tableRow" | "tableColumn" | "tableRowAtMost">): void {
  const locale = context.settings.locale;
  for (const v of tableSumViolations(context.document)) {
    const data = tableSumMessageData(v, locale);
    context.report({
      span: v.total.span,
      messageId: v.atMost ? "tableRowAtMost" : v.kind === "row" ? "tableRow" : "tableColumn",
      data,
      // An inferred structure is likely, not certain: a warning.
      severity: v.certain ? "error" : "warning",
      details: {
        printed: v.total.printed,
        computed: v.sum,
        expression: data.expression,
        candidates: [],
        suggestion: "",
        table: v.table,
        addends: mapped(v.addends, (a) => ({ span: a.span, printed: a.printed, value: a.value })),
        difference: v.difference,
        tolerance: v.tolerance,
      },
    });
  }
}
