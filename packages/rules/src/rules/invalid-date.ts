/**
 * invalid-date: dates that cannot be right — 2月30日, 13月, a weekday that does not match its date,
 * an eight-digit "year" whose range dash was lost (20192023年), a year glued to its month
 * (20221月5日), a year range that runs backwards (2025—2021年). The parser finds them (a DateProblem
 * code on each date mention); this rule words them. Docs: docs/rules/invalid-date.md
 */
import type { ChromeKind, DateMention, DateProblem } from "@reportlint/report-model";
import { daysInMonth, weekdayOf } from "@reportlint/parser";
import { createRule, type RuleMessage } from "../rule.js";

const WEEKDAY_NAMES: Readonly<Record<"zh" | "en", readonly string[]>> = {
  zh: ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

const MESSAGE_OF: Readonly<Record<DateProblem, "rangeDashLost" | "yearGluedToMonth" | "rangeReversed" | "monthOutOfRange" | "dayOutOfRange" | "weekdayMismatch">> = {
  "range-dash-lost": "rangeDashLost",
  "year-glued-to-month": "yearGluedToMonth",
  "range-reversed": "rangeReversed",
  "month-out-of-range": "monthOutOfRange",
  "day-out-of-range": "dayOutOfRange",
  "weekday-mismatch": "weekdayMismatch",
};

// The page's own metadata lines (发布时间, 成文日期, 发文时间) date the report: a date there that cannot
// exist is still a broken date, though not the report's text, so a warning. Other furniture (a site
// clock, navigation, related pages' dates) is the website's, not the report's.
const METADATA: ReadonlySet<ChromeKind> = new Set(["source-line", "other"]);

const messages = {
  rangeDashLost: {
    zh: "「{{date}}」不是有效的年份，疑为年份范围“{{start}}—{{end}}年”缺少连接号",
    en: 'Unexpected "{{date}}": not a year; probably the range {{start}}–{{end}} with its dash lost',
  },
  yearGluedToMonth: {
    zh: "「{{date}}」的年份与月份之间缺少“年”字，疑为“{{year}}年{{month}}月”",
    en: 'Unexpected "{{date}}": 年 is missing between the year and the month; probably {{year}}年{{month}}月',
  },
  rangeReversed: {
    zh: "年份范围「{{date}}」起止颠倒：起始年{{start}}晚于结束年{{end}}",
    en: 'The year range "{{date}}" runs backwards: it starts in {{start}} and ends in {{end}}',
  },
  monthOutOfRange: {
    zh: "「{{date}}」的月份不存在：没有{{month}}月",
    en: 'Unexpected "{{date}}": there is no month {{month}}',
  },
  dayOutOfRange: {
    zh: "「{{date}}」日期不存在：{{month}}月只有{{days}}天",
    en: 'Unexpected "{{date}}": month {{month}} has only {{days}} days',
  },
  weekdayMismatch: {
    zh: "「{{date}}」星期与日期不符：{{year}}年{{month}}月{{day}}日是{{actual}}，不是{{printed}}",
    en: 'Unexpected "{{date}}": {{year}}-{{month}}-{{day}} is a {{actual}}, not a {{printed}}',
  },
} satisfies Record<string, RuleMessage>;

export default createRule({
  id: "invalid-date",
  meta: {
    type: "problem",
    docs: {
      description: {
        zh: "日期应真实存在：月、日、星期正确，年份范围完整且不颠倒",
        en: "Dates must exist: a real month and day, the right weekday, year ranges complete and in order",
      },
      recommended: true,
    },
    defaultSeverity: "error",
    messages,
  },
  create(context) {
    const { locale } = context.settings;
    const { chrome } = context.document;
    const chromeKind = (at: number) => chrome.find((c) => c.span[0] <= at && at < c.span[1])?.kind;
    const report = (d: DateMention, problem: DateProblem, data: Record<string, string | number>, certain = true) =>
      context.report({
        messageId: MESSAGE_OF[problem],
        data: { date: d.raw, ...data },
        span: d.span,
        severity: !certain || d.context === "chrome" ? "warning" : undefined,
      });

    for (const d of context.document.dates) {
      if (!d.malformed) continue;
      if (d.context === "chrome" && !METADATA.has(chromeKind(d.span[0])!)) continue;
      const { year, month, day } = d;
      switch (d.malformed) {
        case "range-dash-lost":
        case "range-reversed":
          report(d, d.malformed, { start: year ?? "", end: d.rangeEnd ?? "" });
          break;
        case "year-glued-to-month":
          // 20221月 is most likely 2022年1月, but the digits could be split another way.
          report(d, d.malformed, { year: year ?? "", month: month ?? "" }, false);
          break;
        case "month-out-of-range":
          // With a year (2024年13月) it is a date; alone, 13月 could be another count.
          report(d, d.malformed, { month: month ?? "" }, year !== null);
          break;
        case "day-out-of-range":
          report(d, d.malformed, { month: month ?? "", days: month === null ? "" : daysInMonth(year, month) });
          break;
        case "weekday-mismatch": {
          if (year === null || month === null || day === null || d.weekday === null) break;
          const actual = weekdayOf(year, month, day);
          const names = WEEKDAY_NAMES[locale];
          report(d, d.malformed, { year, month, day, actual: names[actual]!, printed: names[d.weekday]! });
          break;
        }
      }
    }
  },
});
