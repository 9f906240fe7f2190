/**
 * How number findings quote the text: a count with the words before it, exactly as printed (the
 * source characters, even where the analysis read folded ones), and the span a finding covers.
 */
import type { Quantity, Rate, Report } from "@reportlint/report-model";

/** Where the count's words start ("受理投诉举报 15 件" starts at 受理). */
export function labelStart(text: string, q: Quantity): number {
  let end = q.span[0];
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  // The label was read from the same offsets (perhaps on folded characters): its length holds.
  return Math.max(0, end - q.label.length);
}

/** The count as printed with the words before it ("共受理劳动争议案件67件"). */
export function quoteCount(text: string, q: Quantity): string {
  return text.slice(labelStart(text, q), q.span[1]);
}

/** The span of a count with its words. */
export function countSpan(text: string, q: Quantity): [number, number] {
  return [labelStart(text, q), q.span[1]];
}

/** The rate with its name ("办结率99%", "调解成功率达98.8%"), so the finding covers the whole claim. */
export function rateSpan(report: Report, rate: Rate): [number, number] {
  const clause = report.clauses[rate.clause ?? -1];
  // A share starts at its 占 ("占总体的比例为2.8 %").
  if (rate.share !== null) {
    const zhan = report.text.lastIndexOf("占", rate.span[0]);
    if (zhan >= Math.max(clause?.span[0] ?? 0, rate.span[0] - rate.share.length - 8)) return [zhan, rate.span[1]];
  }
  if (rate.nameAt !== null && rate.nameAt >= (clause?.span[0] ?? 0)) return [rate.nameAt, rate.span[1]];
  return [rate.span[0], rate.span[1]];
}

/**
 * The rate as printed with its name ("办结率99%", "占总体的比例为2.8 %"), without the line breaks of a
 * hard-wrapped paragraph (占⏎比22.2% → 占比22.2%).
 */
export function quoteRate(report: Report, rate: Rate): string {
  return report.text.slice(...rateSpan(report, rate)).replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/gu, "");
}
