import rule from "../../src/rules/enumeration-sequence.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    "我们采取了三项措施：一是健全台账；二是压实责任；三是强化考核。",
    { name: "one item per line", code: "（一）规范执法\n一是推行清单管理。\n二是开展案卷评查。\n三是加强人员培训。" },
    { name: "a new list in the next paragraph starts again at one", code: "一是甲工作。二是乙工作。\n一是丙工作。二是丁工作。" },
    { name: "a new list in the same paragraph starts again at one", code: "存在问题：一是人员少，二是经费紧。下一步：一是充实队伍，二是加大投入。" },
    { name: "a list under a new heading starts again", code: "（一）甲\n一是甲一。二是甲二。三是甲三。\n（二）乙\n一是乙一。二是乙二。" },
    { name: "a sub-list inside an item", code: "主要做法：一是完善机制，具体包括：一是建立台账，二是定期调度；二是强化考核。" },
    { name: "a list interrupted by sub-headings", code: "（一）加强队伍\n一是开展培训。\n1.法律知识\n2.执法技能\n二是组织考试。" },
    { name: "ordinals", code: "第一，健全制度。第二，规范执法。第三，强化监督。" },
    { name: "words that contain ordinals are not items", code: "落实第一责任人职责，执行第一议题制度，第一时间处置，位列全市第一，第三，完善制度。" },
    { name: "a list of numbers is not an ordinal", code: "第一、二季度受理案件12件。第三，完善制度。" },
    { name: "首先 其次 最后", code: "首先，统一思想。其次，完善制度。再次，压实责任。最后，强化考核。" },
    { name: "其次 ranking, not listing", code: "投诉数量最多，其次是咨询类，再次是求助类。" },
    { name: "最后 alone", code: "全年工作取得成效。最后，向各位同志表示感谢。" },
    { name: "其次 after a list begun another way", code: "第一，统一思想。其次，完善制度。" },
    { name: "a quoted list is the quoted text's", code: "会议强调“一是要提高认识，三是要狠抓落实”。一是学习。二是宣传。" },
    { name: "a missing item glued to the sentence before it is there", code: "一是健全台账，办结案件5件三是强化考核。" },
    { name: "a missing item broken over two lines of a hard-wrapped text is there", code: "一是健全台账；二是压实责任；三\n是强化考核；四是严格问责。" },
    { name: "a new list whose first item is glued to the words before it", code: "主要做法：一是甲；二是乙；三是丙。\n存在问题主要有一是丁；二是戊。" },
    { name: "the first item is printed in a form the parser does not take as an item", code: "全年工作有三点经验一是健全制度；二是规范执法；三是强化监督。" },
    { name: "words ending in 一是 are not items", code: "统一是前提，唯一是目标。" },
  ],
  invalid: [
    {
      name: "a gap inside one paragraph",
      code: "主要措施：一是加强学习；二是完善制度；四是强化考核。",
      errors: [{ messageId: "skipped", text: "四是", data: { marker: "四是", previous: "二是", missing: "三是" }, severity: "error" }],
    },
    {
      name: "a repeat inside one paragraph",
      code: "主要措施：一是加强学习；二是完善制度；二是强化考核。",
      errors: [{ messageId: "duplicate", text: "二是", column: 20, data: { marker: "二是", previous: "二是", expected: "三是" }, severity: "error" }],
    },
    {
      name: "numbers going backwards",
      code: "一是加强学习；三是完善制度；二是强化考核。",
      errors: [
        { messageId: "skipped", data: { marker: "三是", previous: "一是", missing: "二是" } },
        { messageId: "outOfOrder", data: { marker: "二是", previous: "三是" } },
      ],
    },
    {
      name: "a gap across one-item lines is a warning",
      code: "（二）存在不足\n一是学习不深。\n二是队伍薄弱。\n四是保障不足。",
      errors: [{ messageId: "skipped", line: 4, column: 1, data: { marker: "四是", previous: "二是", missing: "三是" }, severity: "warning" }],
    },
    {
      name: "ordinals with a gap",
      code: "第一，健全制度。第二，规范执法。第四，强化监督。",
      errors: [{ messageId: "skipped", text: "第四", data: { marker: "第四", previous: "第二", missing: "第三" } }],
    },
    {
      name: "two missing items",
      code: "一是甲项；二是乙项；五是丙项。",
      errors: [{ messageId: "skipped", data: { marker: "五是", previous: "二是", missing: "三是」「四是" } }],
    },
    {
      name: "a list that does not start at one",
      code: "（三）强化监督\n二是自觉接受监督。三是加强内部审计。",
      errors: [{ messageId: "wrongStart", text: "二是", data: { marker: "二是", expected: "一是" }, severity: "warning" }],
    },
    {
      name: "其次 without 首先",
      code: "全年工作有序推进。其次，完善了制度。最后，压实了责任。",
      errors: [{ messageId: "wrongStart", text: "其次", data: { marker: "其次", expected: "首先" }, severity: "warning" }],
    },
    {
      name: "最后 twice",
      code: "首先，统一思想。其次，完善制度。最后，压实责任。最后，强化考核。",
      errors: [{ messageId: "lastTwice", column: 25, severity: "warning" }],
    },
    {
      name: "其次 after 最后",
      code: "首先，统一思想。最后，压实责任。其次，强化考核。",
      errors: [{ messageId: "outOfOrder", data: { marker: "其次", previous: "最后" }, severity: "warning" }],
    },
    {
      name: "a sub-list does not hide a gap in the outer list",
      code: "一是完善机制，包括：一是建立台账，二是定期调度；三是强化考核；五是严格问责。",
      errors: [{ messageId: "skipped", text: "五是", data: { marker: "五是", previous: "三是", missing: "四是" } }],
    },
  ],
});
