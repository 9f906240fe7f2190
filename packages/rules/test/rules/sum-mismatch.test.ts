import rule from "../../src/rules/sum-mismatch.js";
import { testRule } from "../helpers/rule-tester.js";

testRule(rule, {
  valid: [
    { name: "parts within a bracketed total", code: "受理劳动争议案件6件（调解4件、裁决1件）。" },
    { name: "a 其中 list below its total", code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件。" },
    { name: "an exhaustive total that adds up", code: "办理人大代表建议23件、政协委员提案17件，共计40件。" },
    { name: "nested lists that add up", code: "公开信息193条。其中：法定主动公开信息共114条（组织机构1条，部门文件4条，工作动态98条，财政预决算8条，根治欠薪工作专栏3条）；政府信息公开年报1条；就业创业公开信息共78条（工作动态64条，政策指引4条，招聘信息3条，服务机构3条，监测统计4条）。" },
    { name: "overlapping attributes are never summed", code: "受理劳动争议案件67件（涉及农民工案件40件、集体争议案件30件）。" },
    { name: "money in mixed scales within rounding", code: "专项资金总额1.2亿元，其中中央资金8000万元、省级资金3500万元、县级资金600万元。" },
    { name: "a hedged total read conventionally", code: "发放宣传材料3000余份，其中法律法规汇编1200份、宣传折页2000份。" },
    { name: "parts with no evidence of being disjoint", code: "共为劳动者追讨工资约2300万元，其中建筑领域1650.5万元、制造业720万元。" },
    { name: "persons and person-visits are not compared", code: "培训执法人员300余人，其中骨干1200人次。" },
    { name: "a total after a total is not a list", code: "予以立案的案件共249宗，解决往年积案9宗，新年度案件结案240宗，共结案249宗。" },
    { name: "a nested 含 list under one part", code: "共发布各类信息3682条，其中，主动公开政府信息1233条，含政府规范性文件类信息2条，其他文件类信息1231条。" },
    {
      name: "table: totals that add up across and down",
      code: "| 类别 | 自然人 | 法人 | 合计 |\n|---|---|---|---|\n| 新收 | 12 | 3 | 15 |\n| 结转 | 2 | 1 | 3 |\n| 合计 | 14 | 4 | 18 |",
    },
    { name: "table: decimals within rounding", code: "项目 | 金额（亿元） |\n甲 | 33.3 |\n乙 | 33.3 |\n丙 | 33.3 |\n合计 | 100.0 |" },
    { name: "table: a merged total row is not read", code: "省份 | 甲类 | 乙类 |\n东省 | 5 | 3 |\n西省 | 4 | 2 |\n合计 | 14 | |" },
    {
      name: "table: rows that do not line up with the header are not read",
      code: "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n本年新收申请 | 3 | 5 |\n上年结转申请 | 0 | 1 |",
    },
    { name: "table: no total, no check", code: "指 标 | 本月末 | 比年初增减 |\n各项存款余额 | 2291.6 | 34.8 |\n#住户存款 | 1490.8 | 44.9 |" },
  ],
  invalid: [
    {
      name: "bracketed parts larger than their total",
      code: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)。",
      errors: [{ messageId: "sumExceeds", severity: "error", text: "8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)" }],
    },
    {
      name: "a disposal list larger than its total",
      code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件、终止6件。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "其余 makes the list exhaustive",
      code: "共办理行政复议案件45件，其中维持32件、撤销5件、确认违法3件，其余6件已终止。",
      errors: [{ messageId: "mismatch", severity: "error" }],
    },
    {
      name: "共计 after the list must equal the sum",
      code: "办理人大代表建议23件、政协委员提案17件，共计41件。",
      errors: [{ messageId: "mismatch", severity: "error", text: "23件、政协委员提案17件，共计41件" }],
    },
    {
      name: "money levels above the total beyond rounding",
      code: "专项资金总额1.2亿元，其中中央资金8000万元、省级资金5500万元。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "beyond the usual reading of 余 is only a warning",
      code: "发放宣传材料3000余份，其中法律法规汇编1200份、宣传折页2900份。",
      errors: [{ messageId: "sumExceeds", severity: "warning" }],
    },
    {
      name: "Chinese numerals",
      code: "受理行政复议案件二十件，其中维持十五件、撤销八件。",
      errors: [{ messageId: "sumExceeds", severity: "error" }],
    },
    {
      name: "table: a total column that does not add up",
      code: "项目 | 自然人 | 法人 | 总计 |\n一、本年新收申请 | 12 | 4 | 17 |",
      errors: [
        {
          messageId: "tableRow",
          severity: "error",
          text: "17",
          line: 2,
          column: 21,
          data: { row: "「一、本年新收申请」行", column: "「总计」", total: "17", expression: "12 + 4 = 16", difference: "1", detail: "" },
        },
      ],
    },
    {
      name: "table: a 合计 row beyond rounding",
      code: "| 区县 | 受理 |\n|---|---|\n| 东城 | 1.24 |\n| 西城 | 2.31 |\n| 合计 | 3.60 |",
      errors: [
        {
          messageId: "tableColumn",
          severity: "error",
          text: "3.60",
          data: {
            row: "「合计」行",
            column: "「受理」列",
            total: "3.60",
            expression: "1.24 + 2.31 = 3.55",
            difference: "0.05",
            detail: "（四舍五入最多可解释 0.015）",
          },
        },
      ],
    },
    {
      name: "table: many addends are counted, not listed",
      code: `街道 | 件数 |\n${Array.from({ length: 14 }, (_, i) => `第${i + 1}街道 | ${i + 1} |`).join("\n")}\n合计 | 106 |`,
      errors: [{ messageId: "tableColumn", text: "106", data: { row: "「合计」行", column: "「件数」列", total: "106", expression: "14 项合计 105", difference: "1", detail: "" } }],
    },
    {
      name: "table: one cell per line, a row without a label",
      code: "警告 |\n罚款 |\n合计(宗) |\n|\n12 |\n30 |\n41 |\n|\n3 |\n5 |\n8 |",
      errors: [{ messageId: "tableRow", text: "41", data: { row: "表格第 2 行", column: "「合计(宗)」", total: "41", expression: "12 + 30 = 42", difference: "1", detail: "" } }],
    },
    {
      name: "table: a key–value table and its 总计",
      code: "部门 | 数量 | 部门 | 数量 |\n教育局 | 12 | 民政局 | 7 |\n司法局 | 5 | 财政局 | 3 |\n总计 | 28 | | |",
      errors: [{ messageId: "tableColumn", text: "28", data: { row: "「总计」行", column: "「数量」列", total: "28", expression: "12 + 7 + 5 + 3 = 27", difference: "1", detail: "" } }],
    },
  ],
});
