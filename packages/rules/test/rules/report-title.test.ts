import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import rule from "../../src/rules/report-title.js";
import { resolveRuleOptions, runRule } from "../../src/index.js";
import { testRule } from "../helpers/rule-tester.js";

// A body whose headings cover the parts of a 法治政府建设 report, ending with a signature.
const PARTS = "一、主要举措和成效\n本年度我局规范行政决策，严格执法。\n二、存在的不足和原因\n学习不够深入。\n三、下一年度工作安排\n继续推进依法行政。";
const SIGNED = `\n${PARTS}\n\n北湖区农业农村局\n2025年3月10日`;
// The same body cut off in mid-sentence, as captured web pages are.
const CUT = `\n${PARTS}\n四、其他需要报告的情况\n今年我局还围绕重点工作开展了`;
const XXGK = "\n一、总体情况\n本年度我办主动公开信息52条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n本年度无。";
const OPTION = { settings: { profile: PROFILES["fazhi-annual"]! } };

testRule(rule, {
  valid: [
    // Every title form of domain.md.
    `关于2024年度法治政府建设情况的报告${SIGNED}`,
    `2024年度法治政府建设情况报告${SIGNED}`,
    `2024年法治政府建设年度报告${SIGNED}`,
    `2024年度法治政府建设工作报告${SIGNED}`,
    `北湖区农业农村局关于2024年法治政府建设情况的报告${SIGNED}`,
    `中共北湖区委 北湖区人民政府关于2024年度法治政府建设情况的报告${SIGNED}`,
    { name: "a title over two lines", code: `北湖区农业农村局\n关于2024年度法治政府建设情况的报告${SIGNED}` },
    { name: "a title split inside the report name", code: `北湖区农业农村局关于2024年度法治政府\n建设情况的报告${SIGNED}` },
    { name: "依法行政 names a 法治政府建设 report too", code: `北湖区农业农村局2024年依法行政工作报告${SIGNED}` },
    { name: "a title in traditional characters", code: `北湖區農業農村局關於2024年度法治政府建設情況的報告${SIGNED}` },
    { name: "a year in Chinese numerals", code: `北湖区农业农村局二〇二四年度法治政府建设情况报告${SIGNED}` },
    { name: "a year printed on the line below the title", code: `北湖区农业农村局关于法治政府建设情况的报告\n（2024年度）${SIGNED}` },
    { name: "the issuer on the line below the title", code: `关于2024年度法治政府建设情况的报告\n北湖区农业农村局\n${PARTS}` },
    { name: "no issuer in a text cut off before its signature", code: `关于2024年度法治政府建设情况的报告${CUT}` },
    { name: "no issuer in the text, but the page's source line names it", code: `关于2024年度法治政府建设情况的报告\n来源：北湖区农业农村局 发布时间：2025-03-10\n${PARTS}` },
    {
      name: "no title line, but the page's metadata block gives it",
      code: `索引号：11341702/2025-00012\n标\u3000题：北湖区农业农村局2024年度法治政府建设情况报告\n发布机构：北湖区农业农村局\n2024年，我局扎实推进法治政府建设。\n${PARTS}`,
    },
    { name: "the title after page furniture", code: `首页 > 政务公开 > 法治政府建设\n北湖区人民政府关于2024年度法治政府建设情况的报告\n发布时间：2025-03-20\n${PARTS}` },
    { name: "the title after an official document's head", code: `北湖政〔2025〕6号\n北湖区人民政府关于2024年度法治政府建设情况的报告${SIGNED}` },
    { name: "a 政府信息公开 report with its own title", code: `北湖区农业农村局2024年政府信息公开工作年度报告${XXGK}` },
    { name: "a text that is not known to be a report (no title, no profile)", code: "近日，记者从市司法局获悉，全市共办理法律援助案件1835件。\n受援人达到2000余人。" },
    {
      name: "a story that quotes a report, or names 本报告 only further down",
      code: "近日，市统计局发布群众满意度调查报告。\n报告显示，全市群众满意度为95%。\n调查共回收问卷2000份。\n本报告由第三方机构独立完成。",
    },
    { name: "a title naming no profile on a text that is not known to be a report", code: "12345热线二月情况通报\n本月热线共受理诉求7万件。" },
    { name: "a cut-off text still has its title at the top", code: `北湖区人民政府关于2024年度法治政府建设情况的报告\n2024年，我区坚持以习近平法治思想为指导，扎实推进法治政府建` },
  ],
  invalid: [
    {
      name: "no title: the text starts with the body",
      code: `2024年，在区委、区政府的坚强领导下，我局扎实推进法治政府建设。${SIGNED}`,
      errors: [{ messageId: "missing", line: 1, column: 1, text: "2024年，在区委、区政府的坚强领导下，我局扎实推进法治政府建设。", severity: "warning" }],
    },
    {
      name: "no title: the text starts with a heading",
      code: `${PARTS.replace("一、", "一、2024年")}\n四、党政主要负责人履行推进法治建设第一责任人职责情况\n带头学法。`,
      errors: [{ messageId: "missing", line: 1, text: "2024年主要举措和成效" }],
    },
    {
      name: "no title on a text of no known profile that presents itself as a report",
      code: "根据工作安排，现将我区2024年行政执法工作情况报告如下：\n一、总体情况\n全区共办理案件46宗。",
      errors: [{ messageId: "missing", line: 1 }],
    },
    {
      name: "no title on a text that names itself 本报告, below a date line and a label",
      code: "（2025年1月20日）\n前言\n本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限为2024年1月1日至12月31日。\n一、概述\n全年主动公开信息120条。",
      errors: [{ messageId: "missing", line: 1, text: "（2025年1月20日）" }],
    },
    {
      name: "a title without a year",
      code: `北湖区农业农村局关于法治政府建设情况的报告${SIGNED}`,
      errors: [{ messageId: "noYear", text: "北湖区农业农村局关于法治政府建设情况的报告", data: { title: "北湖区农业农村局关于法治政府建设情况的报告" }, severity: "warning" }],
    },
    {
      name: "a date of writing under the title does not give the report year",
      code: `北湖区农业农村局关于法治政府建设情况的报告\n（2025年3月10日）\n${PARTS}`,
      errors: [{ messageId: "noYear", line: 1 }],
    },
    {
      name: "a title over two lines without a year",
      code: `北湖区农业农村局\n法治建设情况报告${SIGNED}`,
      errors: [{ messageId: "noYear", text: "北湖区农业农村局\n法治建设情况报告" }],
    },
    {
      name: "a 政府信息公开 title under the 法治政府建设 profile chosen by the user",
      code: `北湖区农业农村局2024年政府信息公开工作年度报告${XXGK}`,
      settings: OPTION.settings,
      errors: [
        {
          messageId: "otherReport",
          data: { title: "北湖区农业农村局2024年政府信息公开工作年度报告", named: "政府信息公开工作年度报告", report: "法治政府建设年度报告" },
          severity: "warning",
        },
      ],
    },
    {
      name: "a title naming no report, profile guessed from the headings: info",
      code: `北湖区农业农村局2024年度工作总结${SIGNED}`,
      errors: [{ messageId: "noReportName", data: { title: "北湖区农业农村局2024年度工作总结", report: "法治政府建设年度报告" }, severity: "info" }],
    },
    {
      name: "no issuer anywhere in a complete text: info",
      code: `关于2024年度法治政府建设情况的报告\n${PARTS}`,
      errors: [{ messageId: "noIssuer", text: "关于2024年度法治政府建设情况的报告", severity: "info" }],
    },
  ],
});

describe("report-title with a profile chosen by the user", () => {
  const lint = (code: string, profile: string | undefined) => {
    const document = parse(code, profile ? { profile } : {});
    const settings = { reportYear: null, today: null, locale: "en" as const, profile: PROFILES[document.meta.profile]! };
    return runRule(rule, document, settings, resolveRuleOptions(rule, undefined)).map((f) => [f.messageId, f.severity, f.data]);
  };

  it("is a warning when the title names another kind of report than the option", () => {
    expect(lint(`北湖区农业农村局2024年度工作总结${SIGNED}`, "fazhi-annual")).toEqual([
      ["noReportName", "warning", { title: "北湖区农业农村局2024年度工作总结", report: "annual report on building a rule-of-law government" }],
    ]);
  });

  it("names the other built-in kind in the message", () => {
    expect(lint(`北湖区人民政府关于2024年度法治政府建设情况的报告${SIGNED}`, "zhengwu-gongkai-annual")).toEqual([
      [
        "otherReport",
        "warning",
        {
          title: "北湖区人民政府关于2024年度法治政府建设情况的报告",
          named: "annual report on building a rule-of-law government",
          report: "annual report on government information disclosure",
        },
      ],
    ]);
  });

  it("accepts a title the profile's own patterns match", () => {
    expect(lint(`北湖区农业农村局2024年度依法行政工作报告${SIGNED}`, "fazhi-annual")).toEqual([]);
    expect(lint(`北湖区农业农村局2024年政府信息公开工作年度报告${XXGK}`, "zhengwu-gongkai-annual")).toEqual([]);
  });

  it("reads the title patterns from the profile, not from code", () => {
    const document = parse(`北湖区农业农村局2024年度工作总结${SIGNED}`, { profile: "summary" });
    const summary = { ...PROFILES["fazhi-annual"]!, id: "summary", name: { zh: "年度工作总结", en: "annual summary" }, titlePatterns: ["工作总结"] };
    const settings = { reportYear: null, today: null, locale: "zh" as const, profile: summary };
    expect(runRule(rule, document, settings, resolveRuleOptions(rule, undefined))).toEqual([]);
  });
});
