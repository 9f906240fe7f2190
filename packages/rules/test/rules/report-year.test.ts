import rule from "../../src/rules/report-year.js";
import { testRule } from "../helpers/rule-tester.js";

const TITLE = "某县司法局关于2024年度法治政府建设情况的报告";
/** A 2024 report whose parts are all there, with `plan` as its plan part. */
const report2024 = (opening: string, plan = "三、2025年度工作安排\n2025年，我局将持续深化依法行政。") =>
  [TITLE, opening, "一、2024年推进法治政府建设的主要举措和成效", "我局扎实推进依法行政。", "二、存在的不足和原因", "执法力量不足。", plan].join("\n");
const CONSISTENT = "现将我局2024年度法治政府建设工作情况报告如下。";
/** A 2024 政府信息公开 report by `issuer`, published on `date`. */
const xxgk2024 = (issuer: string, date: string) => `发布时间：${date}\n${issuer}2024年政府信息公开工作年度报告\n一、总体情况\n2024年，持续推进政务公开。`;
const ARTICLE_49 = "《中华人民共和国政府信息公开条例》第四十九条：";
const DEPARTMENT_BASIS = `${ARTICLE_49}县级以上人民政府部门应当在每年1月31日前向社会公布本行政机关上一年度政府信息公开工作年度报告`;
const GOVERNMENT_BASIS = `${ARTICLE_49}县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告`;

testRule(rule, {
  valid: [
    { name: "title, opening sentence, part heading and plan agree", code: report2024(CONSISTENT) },
    { name: "an opening sentence that starts with the report year", code: report2024("2024年，在县委、县政府的领导下，我局深入推进依法行政。") },
    { name: "an opening sentence that names last year without a comma", code: report2024("2023年以来，我局深入推进依法行政。2023年度考核中获评优秀。") },
    {
      name: "a heading joining this year's problems and next year's plan",
      code: report2024(CONSISTENT, "三、2024年存在的问题和2025年工作打算\n我局将补齐短板。"),
    },
    { name: "published on 31 March of the next year: on time", code: `发布时间：2025-03-31\n${report2024(CONSISTENT)}` },
    { name: "published after the 1 March of common practice but before 1 April", code: `发布日期：2025年3月5日\n${report2024(CONSISTENT)}` },
    {
      name: "last year's assessment and its follow-up name last year",
      code: report2024(CONSISTENT).replace("二、存在的不足和原因", "（一）2023年度法治政府建设考核反馈问题整改情况\n整改到位。\n二、存在的不足和原因"),
    },
    {
      name: "a top-level follow-up heading naming last year",
      code: report2024(CONSISTENT).replace("二、存在的不足和原因", "二、2023年度督察反馈问题整改情况\n整改到位。\n三、存在的不足和原因"),
    },
    {
      name: "a long-term goal in the plan is not the next year's work",
      code: report2024(CONSISTENT, "三、下一步工作计划\n2035年，将基本建成法治政府。2025年，我局将继续深化改革。"),
    },
    {
      name: "a plan part summing up this year before the plan",
      code: report2024(CONSISTENT, "三、下一步工作打算\n2024年，全县共办理复议案件12件，下一步将加强应诉。2024年，我局持续推进规范执法。"),
    },
    {
      name: "a plan part opening with what was done this year",
      code: report2024(CONSISTENT, "三、下一步工作打算\n2024年，我局法治建设取得一定成效。2025年，我局将补齐短板。"),
    },
    {
      name: "a title naming the report year and the plan year",
      code: "某区人民政府关于2024年法治政府建设情况和2025年工作安排的报告\n一、主要举措和成效\n我区扎实推进。\n二、2025年工作安排\n2025年，我区将持续推进。",
    },
    {
      name: "a text not recognised as a report of the profile (a government work report)",
      code: "2025年某区政府工作报告\n一、2024年工作回顾\n过去一年，我们攻坚克难。\n二、2025年工作安排\n2025年，我们将着力稳增长。",
    },
    {
      name: "a plan document is not a report: no deadline and no plan year",
      code: "发布时间：2025-03-01\n某县2025年法治政府建设工作要点\n一、主要任务\n（一）2025年工作安排\n2025年，我县将持续推进。",
    },
    {
      name: "no deadline check when the year is only the publication year − 1",
      code: "发布时间:2025-05-06\n一、主要举措和成效\n我局推进法治政府建设。\n二、存在的不足和原因\n不足。\n三、下一步工作计划\n我局将持续推进。",
    },
    {
      name: "a 政府信息公开 report published by 31 March",
      code: "发布时间：2025-03-31\n某县2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我县持续推进政务公开。",
    },
    { name: "a department's 政府信息公开 report published by 31 January", code: xxgk2024("某县教育局", "2025-01-31") },
    { name: "a 委员会 published in January", code: xxgk2024("某市发展和改革委员会", "2025-01-20") },
    { name: "a government's general office publishes the government's report: 31 March", code: xxgk2024("某县人民政府办公室", "2025-03-20") },
    { name: "a sub-district office is no 政府部门: 31 March at most", code: xxgk2024("某区某某街道办事处", "2025-03-20") },
    { name: "a development zone's 管理委员会 is no 政府部门: 31 March at most", code: xxgk2024("某某经济开发区管理委员会", "2025-03-20") },
    { name: "a town: 31 March at most", code: xxgk2024("某县某某镇", "2025-02-20") },
  ],
  invalid: [
    {
      name: "the opening sentence names another year than the title",
      code: report2024("现将我局2023年度法治政府建设工作情况报告如下。"),
      errors: [{ messageId: "bodyVsTitle", text: "2023年度", severity: "error", data: { found: "2023年度", year: 2024 } }],
    },
    {
      name: "a part heading names another year than the title",
      code: report2024(CONSISTENT).replace("一、2024年推进", "一、2023年推进"),
      errors: [{ messageId: "bodyVsTitle", text: "2023年", line: 3, data: { found: "2023年", year: 2024 } }],
    },
    {
      name: "the title is the odd one out when the opening sentence and the plan point to another year",
      code: report2024("2023年，在县委、县政府的领导下，我局深入推进依法行政。", "三、下一步工作打算\n2024年，我局将持续深化依法行政。").replace(
        "一、2024年推进",
        "一、",
      ),
      errors: [{ messageId: "titleVsBody", text: "2024年度", line: 1, severity: "error", data: { found: "2024年度", year: 2023, count: 2 } }],
    },
    {
      name: "the opening sentence starts with another year: a warning",
      code: report2024("2023年，在县委、县政府的领导下，我局深入推进依法行政。"),
      errors: [{ messageId: "bodyVsTitle", text: "2023年", line: 2, severity: "warning", data: { found: "2023年", year: 2024 } }],
    },
    {
      name: "the title is the odd one out when the body agrees on another year twice",
      code: report2024("现将我局2025年度法治政府建设工作情况报告如下。", "三、2026年度工作安排\n2026年，我局将持续深化依法行政。").replace(
        "一、2024年推进",
        "一、2025年推进",
      ),
      errors: [{ messageId: "titleVsBody", text: "2024年度", line: 1, severity: "error", data: { found: "2024年度", year: 2025, count: 4 } }],
    },
    {
      name: "the plan heading names the report year instead of the next",
      code: report2024(CONSISTENT, "三、2024年度工作计划\n我局将持续深化依法行政。"),
      errors: [{ messageId: "planYear", text: "2024年度", severity: "error", data: { expected: 2025, found: "2024年度", year: 2024 } }],
    },
    {
      name: "a heading joining this year's problems and a plan for the same year",
      code: report2024(CONSISTENT, "三、2024年存在的问题和2024年工作打算\n我局将补齐短板。"),
      errors: [{ messageId: "planYear", text: "2024年", column: 14, data: { expected: 2025, found: "2024年", year: 2024 } }],
    },
    {
      name: "a plan sentence opening with the report year",
      code: report2024(CONSISTENT, "三、下一步工作打算\n2024年，我局将持续深化依法行政。"),
      errors: [{ messageId: "planYear", text: "2024年", severity: "error", data: { expected: 2025, found: "2024年", year: 2024 } }],
    },
    {
      name: "a plan sentence opening with the report year and no comma",
      code: report2024(CONSISTENT, "三、下一步工作打算\n2024年区司法局要着力补齐短板。"),
      errors: [{ messageId: "planYear", text: "2024年", severity: "error" }],
    },
    {
      name: "a plan sentence two years ahead is a warning",
      code: report2024(CONSISTENT, "三、下一步工作打算\n2026年，我局将持续深化依法行政。"),
      errors: [{ messageId: "planYear", text: "2026年", severity: "warning", data: { expected: 2025, found: "2026年", year: 2024 } }],
    },
    {
      name: "published on 1 April of the next year: late",
      code: `发布时间：2025-04-01\n${report2024(CONSISTENT)}`,
      errors: [
        {
          messageId: "late",
          text: "2025-04-01",
          severity: "error",
          data: {
            year: 2024,
            due: "2025年4月1日之前",
            basis: "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条：每年4月1日之前向社会公开",
            published: "2025-04-01",
            practice: "；另，常见做法：每年3月1日前向本级党委、政府和上级部门报送",
          },
        },
      ],
    },
    {
      name: "published in the year it reports on",
      code: `发布时间：2024年6月1日\n${report2024(CONSISTENT)}`,
      errors: [{ messageId: "early", text: "2024年6月1日", severity: "warning", data: { published: "2024-06-01", year: 2024 } }],
    },
    {
      name: "without a title, two body statements disagree: a warning",
      code: "现将我局2024年度法治政府建设情况报告如下。\n一、2023年主要举措和成效\n我局扎实推进。\n二、存在的不足和原因\n不足。\n三、2025年工作安排\n我局将持续推进。",
      errors: [{ messageId: "bodyVsBody", text: "2023年", severity: "warning", data: { found: "2023年", year: 2024 } }],
    },
    {
      name: "without a title, the year most of the body points to is the report year",
      code: "2024年，我局深入推进依法行政。\n一、2023年主要举措和成效\n我局扎实推进。\n二、存在的不足和原因\n不足。\n三、2025年度工作安排\n2025年，我局将持续推进。",
      errors: [{ messageId: "bodyVsBody", text: "2023年", severity: "warning", data: { found: "2023年", year: 2024 } }],
    },
    {
      name: "a 政府信息公开 report published after 31 March, in English",
      code: "发布时间：2025-04-01\n某县2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我县持续推进政务公开。",
      settings: { locale: "en" },
      errors: [
        {
          messageId: "late",
          data: {
            year: 2024,
            due: "by 2025-03-31",
            basis: GOVERNMENT_BASIS,
            published: "2025-04-01",
            practice: "",
          },
        },
      ],
    },
    {
      name: "a department's 政府信息公开 report published after 31 January",
      code: xxgk2024("某县教育局", "2025-02-01"),
      errors: [
        {
          messageId: "late",
          text: "2025-02-01",
          severity: "error",
          data: { year: 2024, due: "2025年1月31日前（含当日）", basis: DEPARTMENT_BASIS, published: "2025-02-01", practice: "" },
        },
      ],
    },
    {
      name: "a department late for both dates: the earlier deadline is reported once",
      code: xxgk2024("某市科委", "2025-04-02"),
      errors: [{ messageId: "late", data: { year: 2024, due: "2025年1月31日前（含当日）", basis: DEPARTMENT_BASIS, published: "2025-04-02", practice: "" } }],
    },
    {
      name: "a government's 政府信息公开 report published after 31 March",
      code: xxgk2024("某县人民政府", "2025-04-01"),
      errors: [{ messageId: "late", data: { year: 2024, due: "2025年3月31日前（含当日）", basis: GOVERNMENT_BASIS, published: "2025-04-01", practice: "" } }],
    },
    {
      name: "a year given as an option is the report year: every other statement is reported",
      code: report2024(CONSISTENT),
      settings: { reportYear: 2023 },
      errors: [
        { messageId: "vsOption", text: "2024年度", line: 1, severity: "error", data: { found: "2024年度", year: 2023 } },
        { messageId: "vsOption", text: "2024年度", line: 2 },
        { messageId: "vsOption", text: "2024年", line: 3 },
        { messageId: "planYear", text: "2025年度", line: 7, severity: "error" },
        { messageId: "planYear", text: "2025年", line: 8, severity: "warning" },
      ],
    },
  ],
});
