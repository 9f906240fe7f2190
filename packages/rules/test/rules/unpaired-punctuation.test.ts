import rule from "../../src/rules/unpaired-punctuation.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "始终把法治政府建设作为“一把手”工程抓细抓实。",
    "学习《中华人民共和国行政复议法》《关于〈重大行政决策程序暂行条例〉的说明》。",
    "仲裁裁决结案46件(其中一裁终局42件)，审理中案件6件。",
    "依托（网上）平台办理，（宛区人社〔2025〕31号）已备案。",
    { name: "full- and half-width brackets close each other", code: "受理案件6件（调解4件、裁决1件)。" },
    { name: "nested quotes", code: "他说：“要落实‘谁执法谁普法’责任制。”" },
    { name: "a list item numbered 1)", code: "1)加强培训。\n2)规范执法。" },
    { name: "a heading marker with a lost number", code: "一、举措\n(一)甲。\n)健全体系。办结案件5件。" },
    { name: "a hard-wrapped line continues on the next one", code: "根据《中华人民共和国政府信息公开条例》和《上海市政府\n信息公开规定》的要求编制本报告。" },
    { name: "wrapping across page furniture", code: "一、总体情况\n加强“阅办\n— 1 —\n联动”建设。" },
    { name: "a cut-off last paragraph may leave a mark open", code: "一、举措\n我局认真学习《劳动合同法》。\n深入开展“谁执法谁普法" },
  ],
  invalid: [
    {
      name: "a closing quote with no opening one",
      code: "落实一把手”负责制，成立了领导小组。",
      errors: [{ messageId: "unopened", text: "”", line: 1, column: 6, data: { mark: "”", pair: "“" } }],
    },
    {
      name: "a stray opening single quote",
      code: "大力引导广大农民增强‘“就业一人，脱贫一家”的意识。",
      errors: [{ messageId: "unclosed", text: "‘", data: { mark: "‘", pair: "’" } }],
    },
    {
      name: "an unclosed title mark",
      code: "学习了《劳动合同法》《就业促进法》《公务员法。",
      errors: [{ messageId: "unclosed", column: 18, data: { mark: "《", pair: "》" } }],
    },
    {
      name: "an opening bracket closed over by an outer pair",
      code: "学习“三项制度（执法公示”等内容。",
      errors: [{ messageId: "unclosed", text: "（", data: { mark: "（", pair: "）" } }],
    },
    {
      name: "a mark left open in a finished paragraph is reported even at the end of the text",
      code: "一、举措\n深入开展“谁执法谁普法活动。",
      errors: [{ messageId: "unclosed", text: "“", line: 2 }],
    },
    {
      name: "marks do not pair across finished paragraphs",
      code: "开展“法律六进。\n活动”。",
      errors: [
        { messageId: "unclosed", line: 1, data: { mark: "“", pair: "”" } },
        { messageId: "unopened", line: 2, data: { mark: "”", pair: "“" } },
      ],
    },
    {
      name: "a blank line ends a wrapped paragraph",
      code: "根据《上海市政府\n\n信息公开规定》编制。",
      errors: [
        { messageId: "unclosed", text: "《", line: 1 },
        { messageId: "unopened", text: "》", line: 3 },
      ],
    },
    {
      name: "a document-number bracket closed with the wrong mark",
      code: "印发《实施方案》（宛区人社〔2025】31号）。",
      errors: [
        { messageId: "unclosed", text: "〔" },
        { messageId: "unopened", text: "】" },
      ],
    },
  ],
});
