import rule from "../../src/rules/web-boilerplate.js";
import { testRule } from "../helpers/rule-tester.js";

const body = "关于2024年法治政府建设情况的报告\n一、主要举措和成效\n我局扎实推进依法行政工作。\n";

testRule(rule, {
  valid: [
    body,
    { name: "a navigation word inside a sentence", code: `${body}我局在政府网站首页开设专栏，公开行政执法信息。\n` },
    { name: "the word 来源 in a sentence", code: `${body}经费来源于区级财政，共计20万元。\n` },
    { name: "a cited government address", code: `${body}依托河南政务服务网 www.hnzwfw.gov.cn\n` },
    { name: "an address after 网址", code: `${body}公开网址：www.example.gov.cn\n` },
    { name: "a markdown table", code: `${body}| 项目 | 件数 |\n|---|---|\n| 复议 | 12 |\n` },
    { name: "a grid table", code: `${body}+----+----+\n| 复议 | 12 |\n+----+----+\n` },
    { name: "a question mark in a sentence", code: `${body}如何提高执法水平？这是我们思考的问题。\n` },
  ],
  invalid: [
    {
      name: "a navigation block at the end is one finding, removable by suggestion",
      code: `${body}\n首页\n走进宛城\n政务动态\n政务公开\n政务服务\n专题专栏\n`,
      errors: [{ messageId: "navigation", line: 5, endLine: 10, severity: "warning" }],
      output: null,
      // The blank line before the block goes with it: nothing emptied is left at the end.
      suggestionOutput: body,
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
    {
      name: "a site slogan and address glued to the end of a paragraph and a heading",
      code: `${body}全面推进依法行政工作。 某某文库 www.example.com\n二、存在的不足和原因 某某文库 www.example.com\n`,
      errors: [
        { messageId: "site-slogan", text: "某某文库 www.example.com" },
        { messageId: "site-slogan", text: "某某文库 www.example.com" },
      ],
      suggestionOutput: `${body}全面推进依法行政工作。\n二、存在的不足和原因\n`,
    },
    {
      name: "an editor's blurb",
      code: `下面是小编为大家整理的法治政府建设情况报告，供大家参考。\n${body}以上就是本文的全部内容，希望对您有所帮助。\n`,
      errors: [
        { messageId: "editor-blurb", line: 1 },
        { messageId: "editor-blurb", line: 5 },
      ],
      suggestionOutput: body,
    },
    {
      name: "a truncation notice of a sharing site",
      code: `${body}---此处隐藏3575字,下载后查看---\n`,
      errors: [{ messageId: "editor-blurb", line: 4 }],
    },
    {
      name: "lines of garbled characters and of table-border residue, indented",
      code: `${body}\u3000\u3000??????\n\n| |||| ||\n\n二、存在的不足和原因\n+---+---+\n锟斤拷锟斤拷\n`,
      errors: [
        { messageId: "mojibake", line: 4 },
        { messageId: "table-residue", line: 6 },
        { messageId: "table-residue", line: 9 },
        { messageId: "mojibake", line: 10 },
      ],
      suggestionOutput: `${body}\n二、存在的不足和原因\n`,
    },
  ],
});
