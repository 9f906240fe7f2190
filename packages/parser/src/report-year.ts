// The report year and the publication date (meta.reportYear, meta.publishedAt).
//
// Report year, first found wins: the option; the title's year; the body — a 现将…2022年度…报告如下
// sentence in the first body paragraphs, then a top-level heading that starts with a year
// (一、2024年推进…, but not a plan, 考核反馈 or 整改 heading, which name other years), then the first
// sentence of the opening paragraph when it starts with a year or has "20XX年，"; finally the
// publication date's year − 1 (a report is published the year after the one it covers).
import type { Clause, DateMention, Heading, Paragraph, ReportMeta, Span } from "@reportlint/report-model";
import { skipSpaces } from "./chars.js";

/** A date mention on its own. */
type Mention = Pick<DateMention, "span" | "year" | "month" | "day" | "rangeEnd" | "context" | "malformed">;

const PUBLISHED_LABEL = /(?:发布时间|发布日期|发文时间|发文日期|发布于|发表时间|发表日期)[ \u3000]*[:：]?[ \u3000]*/gu;
const PRESENTS_REPORT = /现将|现就|现把|现予公布|现公布|特将/u;
const OTHER_YEAR_HEADING = /安排|计划|打算|思路|下一|下步|展望|考核|反馈|整改/u;
const MAX_OPENING_PARAGRAPHS = 5;

/** Index of the first mention starting at or after `at` (mentions are sorted by start). */
function firstFrom(dates: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The publication date: the option (a YYYY-MM-DD date the caller knows) when given, else the first
 * 发布时间/发布日期/发文时间 label followed by a full, valid date outside `skip` (lists of other pages,
 * such as 相关阅读, print dates of their own).
 */
export function findPublishedAt(
  text: string,
  dates: readonly Mention[],
  option?: string,
  skip: readonly Span[] = [],
): ReportMeta["publishedAt"] {
  if (option !== undefined) return { date: option, span: null, source: "option" };
  for (const m of text.matchAll(PUBLISHED_LABEL)) {
    const at = m.index + m[0].length;
    if (skip.some(([s, e]) => at >= s && at < e)) continue;
    const d = dates[firstFrom(dates, at)];
    if (!d || d.span[0] !== at || d.year === null || d.month === null || d.day === null || d.malformed) continue;
    return { date: `${d.year}-${pad(d.month)}-${pad(d.day)}`, span: d.span, source: "text" };
  }
  return null;
}

/** What the report year is read from. */
export interface ReportYearInputs {
  readonly option: number | undefined;
  readonly title: ReportMeta["title"];
  readonly dates: readonly Mention[];
  readonly paragraphs: readonly Paragraph[];
  readonly headings: readonly Heading[];
  readonly clauses: readonly Clause[];
  readonly publishedAt: ReportMeta["publishedAt"];
}

const isBareYear = (d: Mention) => d.year !== null && d.rangeEnd === null && d.malformed === null;

function within(dates: readonly Mention[], span: Span, test: (d: Mention) => boolean): Mention | undefined {
  for (let i = firstFrom(dates, span[0]); i < dates.length && dates[i]!.span[0] < span[1]; i++) {
    if (test(dates[i]!)) return dates[i];
  }
  return undefined;
}

const found = (d: Mention, source: "title" | "body"): ReportMeta["reportYear"] => ({ value: d.year!, source, span: d.span });

/** The year the report covers, and where it was read. */
export function findReportYear(text: string, inputs: ReportYearInputs): ReportMeta["reportYear"] {
  const { option, title, dates, paragraphs, headings, clauses, publishedAt } = inputs;
  if (option !== undefined && Number.isInteger(option)) return { value: option, source: "option", span: null };

  if (title) {
    const d = within(dates, title.span, (m) => isBareYear(m) && m.context === "title");
    if (d) return found(d, "title");
  }

  const bodyParagraphs: number[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind === "body" && bodyParagraphs.length < MAX_OPENING_PARAGRAPHS) bodyParagraphs.push(i);
  });
  const wanted = new Set(bodyParagraphs);
  for (const clause of clauses) {
    if (!wanted.has(clause.paragraph)) continue;
    const words = PRESENTS_REPORT.exec(text.slice(clause.span[0], clause.span[1]));
    if (!words) continue;
    const d = within(dates, [clause.span[0] + words.index, clause.span[1]], (m) => isBareYear(m) && m.context === "plain");
    if (d) return found(d, "body");
  }

  for (const h of headings) {
    if (h.depth !== 1 || OTHER_YEAR_HEADING.test(h.text)) continue;
    const textStart = skipSpaces(text, h.markerSpan[1], h.span[1]);
    const d = dates[firstFrom(dates, textStart)];
    if (d && d.span[0] === textStart && isBareYear(d) && d.month === null) return found(d, "body");
  }

  const opening = bodyParagraphs[0];
  if (opening !== undefined) {
    const first = clauses.filter((c) => c.paragraph === opening && c.sentence === 0);
    const start = paragraphs[opening]!.contentSpan[0];
    const end = first.at(-1)?.span[1] ?? paragraphs[opening]!.contentSpan[1];
    const d = within(dates, [start, end], (m) => {
      if (!isBareYear(m) || m.month !== null || m.context !== "plain") return false;
      const after = text[skipSpaces(text, m.span[1])];
      return m.span[0] === start || after === "，" || after === ",";
    });
    if (d) return found(d, "body");
  }

  if (publishedAt) return { value: Number(publishedAt.date.slice(0, 4)) - 1, source: "published", span: publishedAt.span };
  return null;
}
