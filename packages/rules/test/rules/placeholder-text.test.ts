import rule from "../../src/rules/placeholder-text.js";
import { testRule } from "../helpers/rule-tester.js";

const head = "关于2024年法治政府建设情况的报告\n一、主要举措和成效\n";

testRule(rule, {
  valid: [
    `${head}我局某些制度还不够完善，某种程度上影响了执法效果，某项工作进度偏慢。\n`,
    { name: "a multiplication sign", code: `${head}新建10×10米宣传栏一处，面积为3*4平方米。\n` },
    { name: "zeros written 〇 and ○", code: `${head}自二〇〇八年起实施，二○○九年修订。\n` },
    { name: "an anonymised person and company", code: `${head}群众王某某反映某公司拖欠工资，经调解谭某领回工资。\n` },
    { name: "a quoted example", code: `${head}严禁在公文中出现“XX局”“**省”等占位符。\n` },
    { name: "有待补充 in a sentence", code: `${head}部分制度有待补充完善。\n` },
    { name: "Latin words with X", code: `${head}引入XXL-Job调度平台。\n` },
    { name: "a footnote marker", code: `${head}全年办结案件12件。\n*注：数据截至12月31日。\n` },
  ],
  invalid: [
    {
      name: "asterisks for a province",
      code: `${head}依托**省人力资源和社会保障公共服务平台办理。\n`,
      errors: [{ messageId: "mask", text: "**" }],
      output: null,
    },
    {
      name: "asterisks before an ordinary word are likely a mask",
      code: `${head}在**就业APP发布岗位信息。\n`,
      errors: [{ messageId: "mask", text: "**", severity: "warning" }],
    },
    {
      name: "an address masked with asterisks and X",
      code: `${head}窗口地址位于*路*号，另设分窗口于XX路XX号。\n`,
      errors: [
        { messageId: "mask", text: "*" },
        { messageId: "mask", text: "*" },
        { messageId: "mask", text: "XX" },
        { messageId: "mask", text: "XX" },
      ],
    },
    {
      name: "a template year and numbers",
      code: `${head}20XX年，XX局印发第××号文件，共计○○件。\n`,
      errors: [
        { messageId: "mask", text: "XX" },
        { messageId: "mask", text: "XX" },
        { messageId: "mask", text: "××" },
        { messageId: "mask", text: "○○" },
      ],
    },
    {
      name: "a single X for a place and a date",
      code: `${head}X县司法局于2024年X月X日开展X光机安检培训。\n`,
      errors: [
        { messageId: "mask", text: "X", severity: "warning" },
        { messageId: "mask", text: "X", severity: "warning" },
        { messageId: "mask", text: "X", severity: "warning" },
      ],
    },
    {
      name: "drafting notes",
      code: `${head}全年办理行政复议案件【待补充】件（待定）。TODO：补充数据。\n`,
      errors: [
        { messageId: "draftNote", text: "【待补充】" },
        { messageId: "draftNote", text: "（待定）" },
        { messageId: "draftNote", text: "TODO" },
      ],
    },
    {
      name: "a template instruction",
      code: `${head}此处填写本单位主要成效。\n`,
      errors: [{ messageId: "instruction", text: "此处填写", severity: "warning" }],
    },
    {
      name: "某县 as the name of the reporting body",
      code: `某县人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n某某同志带头学法，某县司法局组织培训。\n`,
      errors: [
        { messageId: "vaguePlace", text: "某县", line: 1 },
        { messageId: "mask", text: "某某", severity: "warning" },
        { messageId: "vaguePlace", text: "某县", severity: "warning" },
      ],
    },
  ],
});
