import rule from "../../src/rules/web-boilerplate.js";
import { testRule } from "../helpers/rule-tester.js";

const body = "关于2024年法治政府建设情况的报告\n一、主要举措和成效\n我局扎实推进依法行政工作。\n";

testRule(rule, {
  valid: [
    body,
    { name: "a navigation word inside a sentence", code: `${body}我局在政府网站首页开设专栏，公开行政执法信息。\n` },
    { name: "the word 来源 in a sentence", code: `${body}经费来源于区级财政，共计20万元。\n` },
  ],
  invalid: [
    {
      name: "a navigation block at the end is one finding, removable by suggestion",
      code: `${body}\n首页\n走进宛城\n政务动态\n政务公开\n政务服务\n专题专栏\n`,
      errors: [{ messageId: "navigation", line: 5, endLine: 10, severity: "warning" }],
      output: null,
      suggestionOutput: `${body}\n`,
    },
    {
      name: "share and QR widgets",
      code: `关于2024年法治政府建设情况的报告\n\n分享:\n\n一、主要举措和成效\n我局扎实推进依法行政工作。\n\n相关阅读:\n\n扫一扫在手机打开当前页\n`,
      errors: [
        { messageId: "share", text: "分享:" },
        { messageId: "related", text: "相关阅读:" },
        { messageId: "qr-code", text: "扫一扫在手机打开当前页" },
      ],
    },
    {
      name: "a source and publication line",
      code: `关于2024年法治政府建设情况的报告\n\n发布时间:2025-03-25来源:南阳市宛城区\n\n一、主要举措和成效\n我局扎实推进依法行政工作。\n`,
      errors: [{ messageId: "source-line", line: 3, column: 1 }],
    },
  ],
});
