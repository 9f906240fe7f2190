import rule from "../../src/rules/invisible-chars.js";
import { testRule } from "../helpers/rule-tester.js";

const plain = "一、主要举措\n本局认真履职。\n二、存在不足\n学习不够深入。\n";

testRule(rule, {
  valid: [
    plain,
    { name: "full-width indentation throughout", code: "\u3000\u3000本局认真履职。\n\u3000\u3000依法行政。\n\u3000\u3000强化监督。\n" },
    { name: "NBSP indentation throughout", code: "\u00a0\u00a0本局认真履职。\n\u00a0\u00a0依法行政。\n\u00a0\u00a0强化监督。\n" },
    { name: "an emoji joined by U+200D", code: "点赞👨\u200d👩\u200d👧。" },
    { name: "a pipe table's cell padding", code: "项目 | 数量 | \n受理 | 12 | \n办结 | 10 | \n" },
    { name: "empty lines", code: "本局认真履职。\n\n依法行政。" },
  ],
  invalid: [
    {
      name: "a zero-width space inside a word",
      code: "法治\u200b政府建设。",
      errors: [{ messageId: "zeroWidth", column: 3, endColumn: 4, data: { code: "U+200B" } }],
      output: "法治政府建设。",
    },
    {
      name: "a run of zero-width characters",
      code: "依法\u200b\u2060\ufeff行政。",
      errors: [{ messageId: "zeroWidth", data: { code: "U+200B U+2060 U+FEFF" } }],
      output: "依法行政。",
    },
    {
      name: "trailing spaces and a blank line of spaces",
      code: "本局认真履职。  \n \n依法行政。\t",
      errors: [
        { messageId: "trailing", line: 1, column: 8, endColumn: 10 },
        { messageId: "trailing", line: 2 },
        { messageId: "trailing", line: 3 },
      ],
      output: "本局认真履职。\n\n依法行政。",
    },
    {
      name: "trailing blanks with a zero-width character among them",
      code: "本局认真履职。 \u200b\u00a0",
      errors: [{ messageId: "trailing", text: " \u200b\u00a0" }],
      output: "本局认真履职。",
    },
    {
      name: "NBSP indentation where the other lines have none",
      code: `\u00a0 \u00a0 \u00a0（一）加强领导\n${plain}`,
      errors: [{ messageId: "indent", line: 1, column: 1, endColumn: 6, data: { style: "不缩进" } }],
      output: `（一）加强领导\n${plain}`,
    },
    {
      name: "NBSP indentation where the other lines use full-width spaces",
      code: "\u3000\u3000本局认真履职。\n\u3000\u3000依法行政。\n\u00a0\u00a0强化监督。\n\u3000\u3000化解纠纷。\n",
      errors: [{ messageId: "indent", line: 3, data: { style: "全角空格缩进" } }],
      output: "\u3000\u3000本局认真履职。\n\u3000\u3000依法行政。\n\u3000\u3000强化监督。\n\u3000\u3000化解纠纷。\n",
    },
    {
      name: "ideographic-space indentation where the other lines have none",
      code: `\u3000\u3000（一）加强领导\n${plain}`,
      errors: [{ messageId: "indent", line: 1 }],
      output: `（一）加强领导\n${plain}`,
    },
  ],
});
