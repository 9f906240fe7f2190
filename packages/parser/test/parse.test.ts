import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReportSchema, type Report } from "@reportlint/report-model";
import { parse } from "../src/index.js";

/** Every [start, end] span anywhere in the report, with where it was found. */
function spans(value: unknown, path = "report", out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) value.forEach((v, i) => spans(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (/span$/iu.test(key) && v !== null) out.push([`${path}.${key}`, v]);
      else spans(v, `${path}.${key}`, out);
    }
  }
  return out;
}

function checkReport(text: string, report: Report): void {
  expect(report.text).toBe(text);
  for (const [where, span] of spans(report)) {
    const [start, end] = span as [number, number];
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new Error(`${where} = ${JSON.stringify(span)} is outside [0, ${text.length}] in ${JSON.stringify(text)}`);
    }
  }
  const valid = ReportSchema.safeParse(report);
  if (!valid.success) throw new Error(`${valid.error.message} for ${JSON.stringify(text)}`);
  report.headings.forEach((h, i) => {
    if (h.parent !== null) expect(h.parent).toBeLessThan(i);
    expect(report.paragraphs[h.paragraph]?.kind).toBe("heading");
  });
  for (const c of report.clauses) expect(["body", "heading", "title"]).toContain(report.paragraphs[c.paragraph]?.kind);
}

const FRAGMENTS = [
  "一、", "十一、", "二十、", "（一）", "(一)", "(", ")", "（", "）", "1.", "1．", "1、", "（1）", "(1)", "①", "⑴", "⒈", "㈠",
  "\n", "\r\n", "\r", "\u00a0", "\u3000", " ", "\t", "2024", "2025", "20192023", "20221", "年", "月", "日", "度", "号",
  "星期二", "周一", "〔", "〕", "【", "】", "[", "]", "“", "”", "‘", "’", "《", "》", "。", "；", ";", "：", ":", "，", ",",
  "！", "?", "|", "一是", "十是", "第一，", "今年", "去年", "本年度", "下一年度", "首页", "走进宛城", "政务公开", "分享:",
  "发布时间:", "来源:", "当前位置:", "今天是:", "关于", "报告", "法治政府建设", "情况", "政府信息公开工作年度报告", "—", "-",
  "至", "12", "3", "31", "0", "二〇二四", "十", "www.a.cn", "https://x.cn/a", "扫一扫在手机打开当前页", "【打印】",
  "— 1 —", "字体：大 中 小", "简体|繁体", "现将", "报告如下", "健全", "\ud800", "\udc00", "😀", "\u200b", "\ufeff",
];
const reportLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(""));

describe("parse never throws and keeps every span inside the text", () => {
  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => checkReport(text, parse(text))), { numRuns: 300 });
  });

  it("on arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkReport(text, parse(text))), { numRuns: 300 });
  });

  it("on strings built from report fragments", () => {
    fc.assert(fc.property(reportLike, (text) => checkReport(text, parse(text))), { numRuns: 1000 });
  });

  it("with options", () => {
    fc.assert(
      fc.property(reportLike, fc.integer({ min: 1900, max: 2100 }), fc.constantFrom("fazhi-annual", "zhengwu-gongkai-annual"), (text, year, profile) => {
        const report = parse(text, { reportYear: year, profile });
        checkReport(text, report);
        expect(report.meta).toMatchObject({ reportYear: { value: year, source: "option", span: null }, profile, profileSource: "option" });
      }),
      { numRuns: 200 },
    );
  });
});

describe("parse", () => {
  it("assembles a whole report", () => {
    const text = [
      "首页",
      "宛城区人民政府关于2024年法治政府建设情况的报告",
      "发布时间:2025-03-25来源:南阳市宛城区",
      "2024年，宛城区深入推进法治政府建设。今年共办结案件15件。",
      "一、主要举措和成效",
      "（一）加强组织领导。一是成立领导小组；二是制定计划。",
      "二、存在的不足和原因",
      "三、2025年工作安排",
    ].join("\n");
    const report = parse(text);
    checkReport(text, report);
    expect(report.meta).toEqual({
      title: { text: "宛城区人民政府关于2024年法治政府建设情况的报告", span: [3, 28], lines: 1 },
      issuer: "宛城区人民政府",
      reportYear: { value: 2024, source: "title", span: [12, 17] },
      publishedAt: { date: "2025-03-25", span: [34, 44], source: "text" },
      profile: "fazhi-annual",
      profileSource: "guessed",
      // It ends with two bare headings: a list of headings, not a cut.
      cutOff: null,
    });
    expect(report.paragraphs.map((p) => p.kind)).toEqual(["chrome", "title", "chrome", "body", "heading", "heading", "heading", "heading"]);
    expect(report.headings.map((h) => h.marker)).toEqual(["一、", "（一）", "二、", "三、"]);
    expect(report.enumerations.map((e) => e.marker)).toEqual(["一是", "二是"]);
    expect(report.relativeYears.map((r) => r.raw)).toEqual(["今年"]);
    expect(report.chrome.map((c) => c.kind)).toEqual(["navigation", "source-line"]);
    expect(report.dates.map((d) => [d.raw, d.context])).toEqual([
      ["2024年", "title"],
      ["2025-03-25", "chrome"],
      ["2024年", "plain"],
      ["2025年", "plain"],
    ]);
  });

  it("passes the clauses and the chrome spans to the number extractor", () => {
    const text = "来源:某区 发布时间:2025-03-25 浏览次数:15\n全年受理案件15件，办结12件。";
    const report = parse(text);
    expect(report.clauses.map((c) => text.slice(...c.span))).toEqual(["全年受理案件15件，办结12件。"]);
    for (const q of [...report.quantities, ...report.rates]) {
      expect(q.span[0]).toBeGreaterThanOrEqual(text.indexOf("全年"));
    }
  });
});
