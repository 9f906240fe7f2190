import rule from "../../src/rules/cjk-spacing.js";
import { testRule } from "../helpers/rule-tester.js";

const spaced = Array.from({ length: 12 }, (_, i) => `共办理 ${i + 3} 件案件。`).join("\n");

testRule(rule, {
  valid: [
    "现将本单位2023年度法治政府建设情况报告如下。",
    "全年受理复议申请38件，办结率97.4%。",
    { name: "a space between two Latin words", code: "依托政务服务 APP 办理，开通 Open Data 平台。" },
    { name: "a number followed by Latin letters", code: "建成 5G 基站一批。" },
    { name: "indentation at the line start", code: "  2023年，本局认真履职。" },
    { name: "two spaces separate table columns", code: "行政许可  12  件" },
    { name: "a table row flattened with single spaces", code: "行政处罚 0 0 1\n行政许可 3" },
    { name: "a list number opening the line", code: "1 加强组织领导" },
    { name: "a date and a time", code: "发表于 2013-1-19 18:10" },
    { name: "a date, then a page", code: "（2024年04月02日 07版）" },
    { name: "a page count", code: "共有记录 1/1 页" },
    { name: "a URL", code: "登录网站 http://www.example.gov.cn/2024 查询。" },
    { name: "a title with Latin letters", code: "学习《Windows 10 操作指南》。" },
    { name: "a flattened heading before its paragraph", code: "报告如下: 一、全区行政执法总体情况 2023年,全区共办理案件。" },
    { name: "a tab-separated table", code: "项目\t2023\t2024\n受理\t12\t15" },
  ],
  invalid: [
    {
      name: "spaces around a year",
      code: "现将我局 2022 年度法治建设情况报告如下。",
      errors: [
        { messageId: "space", line: 1, column: 5, endColumn: 6, data: { text: "现将我局 2022" } },
        { messageId: "space", line: 1, column: 10, endColumn: 11, data: { text: "2022 年度法治" } },
      ],
      output: "现将我局2022年度法治建设情况报告如下。",
    },
    {
      name: "a space before a count",
      code: "共检查用人单位 15家。",
      errors: [{ messageId: "space", text: " " }],
      output: "共检查用人单位15家。",
    },
    {
      name: "a space before a percentage",
      code: "结案率为 100%，调解成功率为71.25%。",
      errors: [{ messageId: "space", column: 5 }],
      output: "结案率为100%，调解成功率为71.25%。",
    },
    {
      name: "a space after a decimal number",
      code: "进出口总额394.8 亿元。",
      errors: [{ messageId: "space" }],
      output: "进出口总额394.8亿元。",
    },
    {
      name: "a year opening the line",
      code: "2025 年，本局坚持依法行政。",
      errors: [{ messageId: "space", column: 5 }],
      output: "2025年，本局坚持依法行政。",
    },
    {
      name: "a space inside a month range",
      code: "8 -10月累计为劳动者挽回损失。",
      errors: [{ messageId: "range", column: 2, data: { text: "8 -10月" } }],
      output: "8-10月累计为劳动者挽回损失。",
    },
    {
      name: "a no-break space between Chinese and a number",
      code: "发放宣传材料\u00a01500余份。",
      errors: [{ messageId: "space" }],
      output: "发放宣传材料1500余份。",
    },
    {
      name: "a zero-width character beside the space does not hide it",
      code: "发放材料\u200b 1500余份。",
      errors: [{ messageId: "space", column: 6 }],
      output: "发放材料\u200b1500余份。",
    },
    {
      name: "a space inside a quoted title is a suggestion",
      code: "落实《法治政府建设实施纲要（2021—2025 年）》。",
      errors: [{ messageId: "space" }],
      output: null,
      suggestionOutput: "落实《法治政府建设实施纲要（2021—2025年）》。",
    },
    {
      name: "a text spaced throughout gets one summary finding",
      code: spaced,
      errors: [{ messageId: "summary", line: 1, column: 4, data: { count: 24, text: "共办理 3 件案" } }],
      output: spaced.replace(/ /gu, ""),
    },
  ],
});
