import rule from "../../src/rules/heading-sequence.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "一、主要举措和成效\n二、存在的不足和原因\n三、下一年度工作安排",
    { name: "sub-levels restart under each parent", code: "一、举措\n（一）规范决策\n（二）严格执法\n二、不足\n（一）学习不深\n（二）力量薄弱" },
    { name: "arabic items run on across sub-sections", code: "一、举措\n（一）规范决策\n1.清理文件\n2.建立台账\n（二）严格执法\n3.柔性执法\n4.规范执法" },
    { name: "half- and full-width brackets at one level count together", code: "一、举措\n（一）甲\n（二）乙\n(三)丙" },
    { name: "a document may start at the second level", code: "（一）加强领导。本年度召开会议3次。\n（二）规范执法。\n（三）化解纠纷。" },
    { name: "a list restarting at one under an unnumbered part", code: "工作举措\n1.甲\n2.乙\n存在问题\n1.丙\n2.丁" },
    { name: "numbers from ten on", code: "一、甲\n二、乙\n三、丙\n四、丁\n五、戊\n六、己\n七、庚\n八、辛\n九、壬\n十、癸\n十一、子" },
    { name: "circled numbers", code: "一、举措\n①甲\n②乙\n③丙" },
  ],
  invalid: [
    {
      name: "a repeated top-level number is reported once",
      code: "一、第一责任人职责情况\n二、主要举措和成效\n二、存在的问题\n三、下一步工作计划",
      errors: [{ messageId: "duplicate", text: "二、存在的问题", line: 3, column: 1, data: { marker: "二、", line: 2, expected: "三、" } }],
    },
    {
      name: "a skipped number",
      code: "一、举措\n二、不足\n四、安排",
      errors: [{ messageId: "skipped", text: "四、安排", data: { marker: "四、", previous: "二、", missing: "三、" } }],
    },
    {
      name: "a gap after a table is only a warning (the heading may be inside the table)",
      code: "一、总体情况\n二、公开情况\n| 项目 | 数量 |\n|---|---|\n| 四、结转 | 1 |\n五、其他需要报告的事项",
      errors: [{ messageId: "skipped", severity: "warning", data: { marker: "五、", previous: "二、", missing: "三、」「四、" } }],
    },
    {
      name: "two numbers skipped",
      code: "一、举措\n（一）甲\n（四）乙",
      errors: [{ messageId: "skipped", data: { marker: "（四）", previous: "（一）", missing: "（二）」「（三）" } }],
    },
    {
      name: "a sub-list that does not start at one",
      code: "一、举措\n（二）规范决策\n（三）严格执法",
      errors: [{ messageId: "wrongStart", text: "（二）规范决策", data: { marker: "（二）", expected: "（一）" } }],
    },
    {
      name: "numbers going backwards",
      code: "一、甲\n（一）子\n（二）丑\n（三）寅\n（二）卯",
      errors: [{ messageId: "outOfOrder", data: { marker: "（二）", previous: "（三）" } }],
    },
    {
      name: "a marker whose number was lost",
      code: "一、举措\n(一)甲。内容。\n(二)乙。内容。\n)健全社会矛盾纠纷化解体系。办结案件5件。\n二、不足",
      errors: [{ messageId: "broken", line: 4, column: 1, data: { reason: "缺少左括号和编号", expected: "(三)" } }],
    },
    {
      name: "a run-in heading is reported on the heading words only",
      code: "一、举措\n（一）规范决策。严格遵循法定程序。\n（一）严格执法。推行三项制度。",
      errors: [{ messageId: "duplicate", text: "（一）严格执法" }],
    },
  ],
});
