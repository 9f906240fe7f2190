import { describe, expect, it } from "vitest";
import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import rule from "../../src/rules/duplicate-text.js";
import { resolveRuleOptions, runRule } from "../../src/index.js";
import { testRule } from "../helpers/rule-tester.js";

const TITLE = "南湖区市场监督管理局关于2024年度法治政府建设情况的报告";
const LONG = "我局全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，全年开展执法人员培训六期，实现执法人员轮训全覆盖。";
const SENTENCE = "全年共组织领导干部旁听庭审活动两次，参加人员覆盖全部科室负责人。";

testRule(rule, {
  valid: [
    `${TITLE}\n一、主要举措和成效\n${LONG}\n二、存在的不足和原因\n学习不够深入。`,
    { name: "the same short heading under different parents", code: "一、规范执法\n（一）主要做法\n开展培训。\n（二）存在问题\n培训不足。\n二、化解纠纷\n（一）主要做法\n开展调解。\n（二）存在问题\n调解力量薄弱。" },
    { name: "short repeated phrases and signature lines", code: "一、举措\n坚持依法行政。\n二、安排\n坚持依法行政。\n南湖区市场监督管理局\n南湖区市场监督管理局" },
    {
      name: "a long issuer line under the title and in the signature",
      code: "关于2024年度法治政府建设情况的报告\n中共南湖区委全面依法治区委员会办公室 南湖区司法局\n一、主要举措和成效\n开展培训。\n中共南湖区委全面依法治区委员会办公室 南湖区司法局\n2025年3月1日",
    },
    { name: "a short sentence repeated", code: "一、复议\n本年度无此类情况。\n二、诉讼\n本年度无此类情况。" },
    { name: "repeated table rows", code: "| 项目 | 本年新收 | 上年结转 |\n|---|---|---|\n| 行政复议案件数量合计 | 0 | 0 |\n| 行政复议案件数量合计 | 0 | 0 |" },
    { name: "the title in the page's breadcrumb and metadata lines", code: `当前位置：首页 > 政务公开 > ${TITLE}\n标题：${TITLE}\n${TITLE}\n一、主要举措和成效\n${LONG}` },
    { name: "a table of contents printed before the sections it lists", code: "目 录\n第一部分 南湖区2024年度行政执法数据表\n第二部分 南湖区2024年度行政执法总体情况\n第一部分 南湖区2024年度行政执法数据表\n全区共办理案件46宗。\n第二部分 南湖区2024年度行政执法总体情况\n执法规范化水平持续提升。" },
    { name: "a table caption printed again where the table goes on", code: "## 表三：收到和处理政府信息公开申请情况\n| 一、本年新收 | 12 |\n## 表三：收到和处理政府信息公开申请情况\n| 二、上年结转 | 0 |" },
    {
      name: "a running page header of a PDF, the title on every page",
      code: `${TITLE}\n一、主要举措和成效\n${LONG}\n— 1 —\n${TITLE}\n二、存在的不足和原因\n学习不够深入。\n— 2 —\n${TITLE}\n三、下一年度工作安排\n继续推进。`,
    },
    {
      name: "a page footer line printed on every page",
      code: `南湖区市场监督管理局法治政府建设年度报告第一部分\n${LONG}\n南湖区市场监督管理局法治政府建设年度报告第一部分\n${SENTENCE}\n南湖区市场监督管理局法治政府建设年度报告第一部分`,
    },
    { name: "a sentence repeated with different words is not a copy", code: `一、举措\n${SENTENCE}\n二、安排\n全年共组织领导干部旁听庭审活动三次，参加人员覆盖全部科室负责人。` },
  ],
  invalid: [
    {
      name: "the title printed twice, the copy without the space",
      code: `南湖区市场监督管理局 关于2024年度法治政府建设情况的报告\n${TITLE}\n一、主要举措和成效\n${LONG}`,
      errors: [{ messageId: "title", line: 2, column: 1, text: TITLE, data: { line: 1 }, severity: "warning" }],
    },
    {
      name: "a web page printing its title above the source line and again in the text",
      code: `${TITLE}\n来源：南湖区市场监督管理局 发布时间：2025-03-20\n${TITLE}\n一、主要举措和成效\n${LONG}`,
      errors: [{ messageId: "title", line: 3, text: TITLE, data: { line: 1 } }],
    },
    {
      name: "a title over two lines printed again on two lines",
      code: `南湖区市场监督管理局\n关于2024年度法治政府建设情况的报告\n南湖区市场监督管理局\n关于2024年度法治政府建设情况的报告\n一、主要举措和成效\n${LONG}`,
      errors: [{ messageId: "title", line: 3, text: "南湖区市场监督管理局\n关于2024年度法治政府建设情况的报告", data: { line: 1 } }],
    },
    {
      name: "the title printed again further down",
      code: `${TITLE}\n一、主要举措和成效\n${LONG}\n${TITLE}\n二、存在的不足和原因\n学习不够深入。`,
      errors: [{ messageId: "title", line: 4, text: TITLE, data: { line: 1 } }],
    },
    {
      name: "a heading printed twice in a row",
      code: "一、主要举措和成效\n（一）规范行政决策\n（一）规范行政决策\n严格履行法定程序。",
      errors: [{ messageId: "heading", line: 3, text: "（一）规范行政决策", data: { heading: "（一）规范行政决策", line: 2 }, severity: "warning" }],
    },
    {
      name: "the same top-level heading twice",
      code: "一、主要举措和成效\n开展培训。\n二、主要举措和成效\n开展调解。\n三、下一年度工作安排",
      errors: [{ messageId: "heading", text: "二、主要举措和成效", data: { heading: "二、主要举措和成效", line: 1 } }],
    },
    {
      name: "a long heading copied under another parent",
      code: "一、主要举措和成效\n（一）加强组织领导，认真履行推进法治建设第一责任人职责\n二、党政主要负责人履职情况\n（一）加强组织领导，认真履行推进法治建设第一责任人职责",
      errors: [{ messageId: "heading", line: 4, data: { heading: "（一）加强组织领导，认真履行推进法治建设第一责任人职责", line: 2 } }],
    },
    {
      name: "a long paragraph printed twice in a row is an error",
      code: `一、主要举措和成效\n${LONG}\n\n${LONG}\n二、存在的不足和原因`,
      errors: [{ messageId: "paragraph", line: 4, column: 1, text: LONG, data: { line: 2, length: LONG.length }, severity: "error" }],
    },
    {
      name: "a paragraph printed again elsewhere is a warning",
      code: `一、主要举措和成效\n${LONG}\n二、存在的不足和原因\n学习不够深入。\n三、下一年度工作安排\n${LONG}`,
      errors: [{ messageId: "paragraph", line: 6, text: LONG, severity: "warning" }],
    },
    {
      name: "a paragraph a PDF broke into lines, copied: one finding over the copied lines",
      code: "一、主要举措和成效\n我局全面推行行政执法公示制度、执法全过程记录制度和重大执法\n决定法制审核制度，全年开展执法人员培训六期，实现轮训全覆盖。\n我局全面推行行政执法公示制度、执法全过程记录制度和重大执法\n决定法制审核制度，全年开展执法人员培训六期，实现轮训全覆盖。\n二、存在的不足和原因",
      errors: [
        {
          messageId: "paragraph",
          line: 4,
          endLine: 5,
          data: { line: 2, length: 59 },
          severity: "error",
        },
      ],
    },
    {
      name: "a copy with other spacing and half-width punctuation is still a copy",
      code: `一、主要举措和成效\n${SENTENCE}\n二、下一年度工作安排\n全年共组织领导干部旁听庭审活动两次, 参加人员覆盖全部科室负责人。`,
      errors: [{ messageId: "paragraph", line: 4, data: { line: 2, length: SENTENCE.length } }],
    },
    {
      name: "a long sentence printed twice inside other paragraphs",
      code: `一、主要举措和成效\n我局坚持学法用法。${SENTENCE}效果良好。\n二、下一年度工作安排\n${SENTENCE}我局将继续推进。`,
      errors: [{ messageId: "sentence", line: 4, column: 1, text: SENTENCE, data: { line: 2 }, severity: "warning" }],
    },
    {
      name: "a sentence copied into the body of a run-in heading",
      code: `一、主要举措和成效\n（一）加强学习。${SENTENCE}\n（二）规范执法。${SENTENCE}`,
      errors: [{ messageId: "sentence", line: 3, text: SENTENCE, data: { line: 2 } }],
    },
  ],
});

describe("duplicate-text on a huge input", () => {
  it("stays bounded: at most 200 findings, each paragraph looked at once", () => {
    const code = `${TITLE}\n${Array.from({ length: 5000 }, () => LONG).join("\n")}`;
    const document = parse(code);
    const settings = { reportYear: null, today: null, locale: "zh" as const, profile: PROFILES["fazhi-annual"]! };
    const findings = runRule(rule, document, settings, resolveRuleOptions(rule, undefined));
    expect(findings).toHaveLength(200);
    expect(findings.every((f) => f.messageId === "paragraph" && f.data?.line === 2)).toBe(true);
  });
});
