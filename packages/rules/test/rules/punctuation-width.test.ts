import rule from "../../src/rules/punctuation-width.js";
import { testRule } from "../helpers/rule-tester.js";

const halfWidth = Array.from({ length: 6 }, (_, i) => `第${i + 1}项工作,已经完成;效果良好。`).join("\n");

testRule(rule, {
  valid: [
    "全年受理案件1,204件，比例为3:1，会议于10:30开始。",
    "依托政务服务APP(Application)办理。",
    { name: "Latin text", code: "Copyright © 1999-2021, All rights reserved." },
    { name: "a URL", code: "网址：http://www.example.gov.cn/index.html?id=1" },
    { name: "a number in brackets", code: "详见附件（2）和附件(3)。" },
    { name: "a lost character shown as ?", code: "經濟日?報" },
    { name: "a heading marker is heading-style's business", code: "一、举措\n(一)规范执法\n（二）强化监督" },
    { name: "a pipe table", code: "项目 | 数量(件) |\n受理 | 12 |\n办结 | 10 |" },
  ],
  invalid: [
    {
      name: "a comma between Chinese",
      code: "深入贯彻落实上级部署,着重解决群众关心的问题。",
      errors: [{ messageId: "half", column: 11, data: { mark: ",", expected: "，" } }],
      output: "深入贯彻落实上级部署，着重解决群众关心的问题。",
    },
    {
      name: "a zero-width character beside the comma does not hide it",
      code: ",\u200b一、开展工作",
      errors: [{ messageId: "half", column: 1 }],
      output: "，\u200b一、开展工作",
    },
    {
      name: "brackets around Chinese",
      code: "仲裁裁决结案46件(其中一裁终局42件)，审理中案件6件。",
      errors: [
        { messageId: "half", text: "(", data: { mark: "(", expected: "（" } },
        { messageId: "half", text: ")", data: { mark: ")", expected: "）" } },
      ],
      output: "仲裁裁决结案46件（其中一裁终局42件），审理中案件6件。",
    },
    {
      name: "a half-width bracket closing a full-width one",
      code: "受理案件6件（调解4件)。",
      errors: [{ messageId: "half", text: ")" }],
      output: "受理案件6件（调解4件）。",
    },
    {
      name: "a colon and semicolons",
      code: "存在一些不足，如:研究不够深入;创新不足。",
      errors: [
        { messageId: "half", text: ":" },
        { messageId: "half", text: ";" },
      ],
      output: "存在一些不足，如：研究不够深入；创新不足。",
    },
    {
      name: "a comma after a number and before Chinese",
      code: "办结率为99%,开展巡查12次。",
      errors: [{ messageId: "half", text: "," }],
      output: "办结率为99%，开展巡查12次。",
    },
    {
      name: "question and exclamation marks ending Chinese sentences",
      code: "如何做好服务?\n我们要干!",
      errors: [
        { messageId: "half", text: "?" },
        { messageId: "half", text: "!" },
      ],
      output: "如何做好服务？\n我们要干！",
    },
    {
      name: "a comma before a bracket that becomes full-width",
      code: "ABC,(中文说明)。",
      errors: [
        { messageId: "half", text: "," },
        { messageId: "half", text: "(" },
        { messageId: "half", text: ")" },
      ],
      output: "ABC，（中文说明）。",
    },
    {
      name: "a text in half-width punctuation throughout gets one summary finding",
      code: halfWidth,
      errors: [{ messageId: "summary", line: 1, column: 6, data: { count: 12, mark: "1项工作,已经完成" } }],
      output: halfWidth.replace(/,/gu, "，").replace(/;/gu, "；"),
    },
  ],
});
