import { XXGK_TEMPLATE } from "@reportlint/report-model";
import rule from "../../src/rules/xxgk-table-identities.js";
import { testRule } from "../helpers/rule-tester.js";

const TITLE = "某县文旅局2025年政府信息公开工作年度报告";
// A line after the tables, so the text does not end inside a table (a cut, where unplaced numbers are not reported).
const END = "五、存在的主要问题及改进情况\n公开栏目更新不够及时，将按月检查。";
const applicationRows = XXGK_TEMPLATE.find((t) => t.id === "applications")!.rows.filter((r) => !r.subtotal);

/** Six applicant values per row id; rows not named print zeros. Every identity holds. */
const CLEAN: Readonly<Record<string, readonly number[]>> = {
  new: [5, 1, 0, 0, 0, 0],
  "carried-over": [1, 0, 0, 0, 0, 0],
  disclosed: [3, 1, 0, 0, 0, 0],
  "partly-disclosed": [1, 0, 0, 0, 0, 0],
  "unavailable-1": [1, 0, 0, 0, 0, 0],
  "results-total": [5, 1, 0, 0, 0, 0],
  "carried-forward": [1, 0, 0, 0, 0, 0],
};

/**
 * Part 三's table as pipe rows, 1 line per row after the title (row k of the template on line k + 3);
 * `totals` replaces a row's printed 总计, `values` its six applicant values, `label` its label.
 */
function table3(edit: { values?: Record<string, number[]>; totals?: Record<string, number>; label?: Record<string, string> } = {}): string {
  const lines = applicationRows.map((r) => {
    const values = edit.values?.[r.id] ?? CLEAN[r.id] ?? [0, 0, 0, 0, 0, 0];
    const total = edit.totals?.[r.id] ?? values.reduce((a, b) => a + b, 0);
    const label = edit.label?.[r.id] ?? r.label;
    return `| ${label} | ${[...values, total].join(" | ")} |`;
  });
  return [TITLE, "三、收到和处理政府信息公开申请情况", ...lines, END].join("\n");
}
const lineOf = (id: string) => applicationRows.findIndex((r) => r.id === id) + 3;

/** Part 四's one row of 15 cells. */
const table4 = (cells: readonly number[]) =>
  ["四、政府信息公开行政复议、行政诉讼情况", "| 行政复议 | 行政诉讼 |", "|---|---|", `| ${cells.join(" | ")} |`, END].join("\n");

testRule(rule, {
  valid: [
    { name: "a table whose every identity holds", code: table3() },
    { name: "part 四 whose totals hold", code: [table3().replace(END, ""), table4([1, 0, 1, 0, 2, 0, 0, 0, 1, 1, 1, 1, 0, 0, 2])].join("\n") },
    {
      name: "a 法治政府 report with a seven-column table is not this rule's",
      code: ["某县2024年法治政府建设情况报告", "| 项目 | 一季度 | 二季度 | 三季度 | 四季度 | 上半年 | 下半年 | 全年 |", "| 案件 | 1 | 2 | 3 | 4 | 3 | 7 | 11 |"].join("\n"),
    },
    {
      name: "a text cut off inside the table: its last row's numbers are not reported",
      code: table3().replace(END, "").replace("| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "| 四、结转下年度继续办理 | 1 | 0 | 0 |"),
    },
  ],
  invalid: [
    {
      name: "a row whose 总计 is not the sum of its applicants",
      code: table3({ totals: { disclosed: 5 } }),
      errors: [
        { messageId: "rowTotal", text: "5", line: lineOf("disclosed"), severity: "error", data: { row: "（一）予以公开", expression: "3 + 1 + 0 + 0 + 0 + 0 = 4 ≠ 5" } },
        // The total column's (七)总计 too: the 总计 cell is in a row and a column.
        { messageId: "resultsTotal", text: "6", line: lineOf("results-total"), severity: "error" },
      ],
    },
    {
      name: "a column where 本年新收 + 上年结转 ≠ (七)总计 + 结转下年度继续办理",
      code: table3({ values: { new: [6, 1, 0, 0, 0, 0] } }),
      errors: [
        { messageId: "columnBalance", line: lineOf("results-total"), severity: "error", data: { column: "自然人", expression: "6 + 1 = 7 ≠ 5 + 1 = 6" } },
        { messageId: "columnBalance", line: lineOf("results-total"), severity: "error", data: { column: "总计", expression: "7 + 1 = 8 ≠ 6 + 1 = 7" } },
      ],
    },
    {
      name: "a (七)总计 that is not the sum of (一) to (六)",
      code: table3({ values: { "withheld-3": [0, 1, 0, 0, 0, 0] } }),
      errors: [
        {
          messageId: "resultsTotal",
          text: "1",
          line: lineOf("results-total"),
          data: { column: "商业企业", expression: "（一）1 + （二）0 + （三）1 + （四）0 + （五）0 + （六）0 = 2 ≠ 1" },
        },
        { messageId: "resultsTotal", text: "6", line: lineOf("results-total"), data: { column: "总计", expression: "（一）4 + （二）1 + （三）1 + （四）1 + （五）0 + （六）0 = 7 ≠ 6" } },
      ],
    },
    {
      name: "a row placed by its position (its label lost) gives a warning",
      code: table3({ totals: { "partly-disclosed": 2 }, label: { "partly-disclosed": "" } }),
      errors: [
        { messageId: "rowTotal", text: "2", line: lineOf("partly-disclosed"), severity: "warning" },
        { messageId: "resultsTotal", text: "6", line: lineOf("results-total"), severity: "warning" },
      ],
    },
    {
      name: "part 四: a 总计 that is not 维持 + 纠正 + 其他 + 尚未审结",
      code: [table3().replace(END, ""), table4([1, 0, 1, 0, 2, 0, 0, 0, 1, 1, 1, 1, 0, 0, 3])].join("\n"),
      errors: [{ messageId: "reviewTotal", text: "3", severity: "error", data: { row: "行政诉讼：复议后起诉", expression: "1 + 1 + 0 + 0 = 2 ≠ 3" } }],
    },
    {
      name: "numbers that cannot be placed: one info per table",
      code: table3().replace("| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "| 四、结转下年度继续办理 | 1 | 0 | 1 |"),
      errors: [{ messageId: "unplaced", text: "1", line: lineOf("carried-forward"), severity: "info", data: { table: "收到和处理政府信息公开申请情况表", count: 3, lines: String(lineOf("carried-forward")) } }],
    },
    {
      name: "a 法人或其他组织 小计 that is not the sum of the five kinds of organisation",
      code: [
        TITLE,
        "三、收到和处理政府信息公开申请情况",
        "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 小计 | 总计 |",
        "| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 2 | 4 | 7 |",
        "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |",
        END,
      ].join("\n"),
      errors: [{ messageId: "rowSubtotal", text: "4", line: 4, severity: "error", data: { row: "一、本年新收政府信息公开申请数量", expression: "1 + 0 + 0 + 0 + 2 = 3 ≠ 4" } }],
    },
    {
      name: "part 二's numbers that cannot be placed: one info, without identities to name",
      code: [TITLE, "二、主动公开政府信息情况", "第二十条第（一）项", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| 规章 | 2 | 15 |", "| 行政规范性文件 | 3 | 1 | 20 |", END].join("\n"),
      errors: [{ messageId: "unplacedUnchecked", text: "2", line: 5, severity: "info", data: { table: "主动公开情况表第二十条第（一）项", count: 2, lines: "5" } }],
    },
  ],
});
