import { describe, expect, it } from "vitest";
import { ReportSchema, type Table } from "@reportlint/report-model";
import { findTables, parse, parseCellNumber } from "../src/index.js";

/** Each row as its cells: numbers as "#value", other cells as their text. */
const grid = (table: Table) => table.rows.map((r) => r.cells.map((c) => (c.value === null ? c.text : `#${c.value}`)));

/** Every span points at exactly the text it claims to hold. */
function expectExactSpans(text: string, tables: readonly Table[]) {
  for (const table of tables) {
    expect(table.span[0]).toBe(table.rows[0]!.span[0]);
    expect(table.span[1]).toBe(table.rows.at(-1)!.span[1]);
    for (const row of table.rows) {
      expect(row.span).toEqual([row.cells[0]!.span[0], row.cells.at(-1)!.span[1]]);
      for (const cell of row.cells) {
        const [start, end] = cell.span;
        expect(start).toBeLessThanOrEqual(end);
        // A cell joined from two lines holds the line break; its text does not.
        expect(text.slice(start, end).replace(/\s*\n\s*/gu, "")).toBe(cell.text);
      }
    }
  }
}

describe("cell numbers", () => {
  it("reads plain numbers as printed decimals", () => {
    expect(["12", "0", "1,204", "12,345,678", "2291.6", "-39.5", "−3", "－0.2", "+5", "１２", "３．５", "１，２０４", "173750.0"].map((s) => parseCellNumber(s))).toEqual([
      "12",
      "0",
      "1204",
      "12345678",
      "2291.6",
      "-39.5",
      "-3",
      "-0.2",
      "5",
      "12",
      "3.5",
      "1204",
      "173750.0",
    ]);
  });

  it("leaves anything else without a value", () => {
    for (const s of ["", "-", "—", "/", "75件", "62.2%", "1,2345", "12,34", ",12", "12.", ".5", "1.2.3", "一百", "2024年", "12 3", "1e5", "--1"]) {
      expect(parseCellNumber(s), s).toBeNull();
    }
  });
});

describe("pipe rows", () => {
  it("reads labelled rows under a header, with exact spans", () => {
    const text = [
      "三、收到和处理政府信息公开申请情况",
      "自然人 | 法人或其他组织 | 总计 |",
      "一、本年新收政府信息公开申请数量 | 12 | 4 | 2 | 5 | 0 | 1 | 24 |",
      "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
    ].join("\n");
    const tables = findTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.layout).toBe("pipe-rows");
    expect(grid(tables[0]!)).toEqual([
      ["自然人", "法人或其他组织", "总计"],
      ["一、本年新收政府信息公开申请数量", "#12", "#4", "#2", "#5", "#0", "#1", "#24"],
      ["二、上年结转政府信息公开申请数量", "#1", "#0", "#0", "#0", "#0", "#0", "#1"],
    ]);
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    const total = tables[0]!.rows[1]!.cells[7]!;
    expect(total.span).toEqual([text.indexOf("24"), text.indexOf("24") + 2]);
    expectExactSpans(text, tables);
  });

  it("reads markdown rows and skips their rule lines", () => {
    const text = "| 区县 | 受理 | 办结 |\n|---|:---:|---|\n| 东城 | 1,204 | 1,198 |\n| 西城 | 87 | 86 |";
    const [table] = findTables(text);
    expect(grid(table!)).toEqual([
      ["区县", "受理", "办结"],
      ["东城", "#1204", "#1198"],
      ["西城", "#87", "#86"],
    ]);
    expect(table!.rows[1]!.cells[1]!.text).toBe("1,204");
    expectExactSpans(text, [table!]);
  });

  it("keeps empty cells and the filler of merged cells", () => {
    const text = "地区 | 数量 | 地区 | 数量 |\n甲 | 5 | 乙 |  |\n总计  | 5  | ||";
    const [table] = findTables(text);
    expect(grid(table!)).toEqual([
      ["地区", "数量", "地区", "数量"],
      ["甲", "#5", "乙", ""],
      ["总计", "#5", "", ""],
    ]);
    const empty = table!.rows[1]!.cells[3]!;
    expect(empty.span[0]).toBe(empty.span[1]);
    expectExactSpans(text, [table!]);
  });

  it("reads rows without outer pipes and decimals, signs and full-width digits", () => {
    const text = "指标 | 本月 | 增减\n存款 | 2291.6 | -26.3\n贷款 | ９８５．１ | ＋27.6";
    expect(grid(findTables(text)[0]!)).toEqual([
      ["指标", "本月", "增减"],
      ["存款", "#2291.6", "#-26.3"],
      ["贷款", "#985.1", "#27.6"],
    ]);
  });

  it("joins a row broken over two lines", () => {
    const text = "类别 | 甲 | 乙 | 合计 |\n本年新收申请 | 3 | 4\n| 7 |\n上年结转申请 | 1 | 0 | 1 |";
    const [table] = findTables(text);
    expect(grid(table!)).toEqual([
      ["类别", "甲", "乙", "合计"],
      ["本年新收申请", "#3", "#4", "#7"],
      ["上年结转申请", "#1", "#0", "#1"],
    ]);
    expect(table!.rows[1]!.line).toBe(2);
    expectExactSpans(text, [table!]);
  });

  it("joins a cell broken over two lines", () => {
    const text = "事项 | 说明 | 件数 |\n依申请公开 | 含上年结转的\n申请 | 5 |\n主动公开 | 无 | 7 |";
    const [table] = findTables(text);
    expect(grid(table!)).toEqual([
      ["事项", "说明", "件数"],
      ["依申请公开", "含上年结转的申请", "#5"],
      ["主动公开", "无", "#7"],
    ]);
    expectExactSpans(text, [table!]);
  });

  it("takes a label cut onto its own line into the next row, but not a caption", () => {
    const text = "项目 | 甲 | 乙 |\n行政许可 | 1 | 2 |\n其他对外管理\n服务事项 | 3 | 4 |\n合计 | 4 | 6 |\n表2:各部门情况\n部门 | 数量 |\n教育局 | 5 |";
    const tables = findTables(text);
    expect(grid(tables[0]!)).toEqual([
      ["项目", "甲", "乙"],
      ["行政许可", "#1", "#2"],
      ["其他对外管理服务事项", "#3", "#4"],
      ["合计", "#4", "#6"],
    ]);
    expect(grid(tables[1]!)).toEqual([["部门", "数量"], ["教育局", "#5"]]);
    expectExactSpans(text, tables);
  });

  it("keeps separate tables apart", () => {
    const text = "甲 | 1 |\n乙 | 2 |\n\n这是一段正文，说明上表的情况。\n丙 | 3 |\n丁 | 4 |";
    expect(findTables(text).map(grid)).toEqual([
      [["甲", "#1"], ["乙", "#2"]],
      [["丙", "#3"], ["丁", "#4"]],
    ]);
  });

  it("keeps spans exact with CRLF line breaks", () => {
    const text = "项目 | 数量 |\r\n甲 | 12 |\r\n合计 | 12 |\r\n";
    const tables = findTables(text);
    expect(tables[0]!.rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expectExactSpans(text, tables);
  });
});

describe("one cell per line", () => {
  it("reads cells ending with a pipe, rows between separator lines", () => {
    const text = [
      "|",
      "自然人 |",
      "法人或其他组织 |",
      "总计 | ||||||||||||||",
      "|",
      "一、本年新收政府信息公开申请数量 |",
      "8 |",
      "0 |",
      "8 | |||||||||",
      "|",
      "二、上年结转政府信息公开申请数量 |",
      "0 |",
      "0 |",
      "0 | |||||||||",
    ].join("\n");
    const [table] = findTables(text);
    expect(table!.layout).toBe("cell-per-line");
    expect(grid(table!)).toEqual([
      ["自然人", "法人或其他组织", "总计"],
      ["一、本年新收政府信息公开申请数量", "#8", "#0", "#8"],
      ["二、上年结转政府信息公开申请数量", "#0", "#0", "#0"],
    ]);
    expect(table!.rows.map((r) => r.line)).toEqual([2, 6, 11]);
    expectExactSpans(text, [table!]);
  });

  it("starts a new row where a label follows a number", () => {
    const text = "信息内容 |\n本年制发件数 |\n本年废止件数 |\n|||\n规章 |\n0 |\n1 |\n行政规范性文件 |\n5 |\n2 |";
    expect(grid(findTables(text)[0]!)).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数"],
      ["规章", "#0", "#1"],
      ["行政规范性文件", "#5", "#2"],
    ]);
  });

  it("reads bare cells between pipe lines, rows as wide as the header", () => {
    const text = [
      "2022年全区生产总值及其增长速度",
      "|",
      "单位:亿元",
      "|",
      "指 标",
      "|",
      "绝对数",
      "|",
      "比上年增长%",
      "|",
      "生产总值",
      "|",
      "295.4",
      "|",
      "7.7",
      "|",
      "第一产业",
      "|",
      "24.4",
      "|",
      "3.3",
      "|",
      "第三产业",
      "|",
      "60.9",
      "|",
      "-0.2",
      "|",
      "据统计，全年城镇新增就业岗位6007个，比上年减少587个。",
    ].join("\n");
    const [table, ...rest] = findTables(text);
    expect(rest).toEqual([]);
    expect(table!.layout).toBe("cell-per-line");
    expect(grid(table!)).toEqual([
      ["指 标", "绝对数", "比上年增长%"],
      ["生产总值", "#295.4", "#7.7"],
      ["第一产业", "#24.4", "#3.3"],
      ["第三产业", "#60.9", "#-0.2"],
    ]);
    expectExactSpans(text, [table!]);
  });

  it("reads bare cells on consecutive lines under a header of as many lines", () => {
    const text = "各类申请办理情况\n类别\n件数\n占比\n予以公开\n12\n60.0\n部分公开\n8\n40.0\n合计\n20\n100.0";
    expect(grid(findTables(text)[0]!)).toEqual([
      ["类别", "件数", "占比"],
      ["予以公开", "#12", "#60.0"],
      ["部分公开", "#8", "#40.0"],
      ["合计", "#20", "#100.0"],
    ]);
  });

  it("takes a one-line header for the bare cells below it", () => {
    const text = "类别 | 件数\n予以公开\n12\n部分公开\n8\n合计\n20";
    const [table] = findTables(text);
    expect(grid(table!)).toEqual([["类别", "件数"], ["予以公开", "#12"], ["部分公开", "#8"], ["合计", "#20"]]);
    expectExactSpans(text, [table!]);
  });

  it("needs a header and two rows of the same width", () => {
    expect(findTables("第二十条第（一）项\n22\n（其中修订 16 件）\n55\n（含自然失效 29 件）")).toEqual([]);
    expect(findTables("项目\n件数\n甲\n3")).toEqual([]);
  });
});

describe("tab rows", () => {
  it("reads cells between tabs, keeping empty ones", () => {
    const text = "单位\t受理\t办结\n司法局\t\t12\n信访局\t7\t7";
    const [table] = findTables(text);
    expect(table!.layout).toBe("tab-rows");
    expect(grid(table!)).toEqual([
      ["单位", "受理", "办结"],
      ["司法局", "", "#12"],
      ["信访局", "#7", "#7"],
    ]);
    expectExactSpans(text, [table!]);
  });
});

describe("text that is no table", () => {
  it("finds nothing in prose", () => {
    const text = [
      "2024年，我局共受理行政复议案件45件，办结42件，办结率93.3%。",
      "一、\t总体情况",
      "全年主动公开政府信息1,204条。",
      "12",
      "简体|繁体",
      "（一）加强组织领导",
    ].join("\n");
    expect(findTables(text)).toEqual([]);
  });

  it("parse() adds the tables to the report, valid against the schema", () => {
    const text = "一、总体情况\n全年受理申请20件。\n项目 | 件数 |\n予以公开 | 12 |\n部分公开 | 8 |\n合计 | 20 |";
    const report = parse(text);
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.rows).toHaveLength(4);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(parse("一、总体情况\n全年受理申请20件。").tables).toEqual([]);
  });
});

describe("adversarial shapes finish (each is one linear pass)", () => {
  it("a 1 MB line of pipes", () => {
    expect(findTables("|".repeat(1 << 20))).toEqual([]);
  });

  it("a 1 MB line of cells", () => {
    expect(findTables("1|".repeat(1 << 19))).toEqual([]);
    const tables = findTables(`${"1|".repeat(1 << 18)}\n${"2|".repeat(1 << 18)}`);
    expect(tables[0]!.rows.map((r) => r.cells.length)).toEqual([1 << 18, 1 << 18]);
  });

  it("100,000 short lines of every kind", () => {
    expect(findTables("1 |\n".repeat(100_000))).toEqual([]);
    expect(findTables("甲\n|\n1\n|\n".repeat(25_000))).toEqual([]);
    expect(findTables("甲\n乙\n1\n".repeat(33_000))).toEqual([]);
    expect(findTables(`类别\n件数\n${"甲\n1\n".repeat(50_000)}`)[0]!.rows).toHaveLength(50_001);
    expect(findTables("甲\t1\t2\n".repeat(100_000))[0]!.rows).toHaveLength(100_000);
    expect(findTables("| 合计 | 1 | 1 |\n".repeat(100_000))[0]!.rows).toHaveLength(100_000);
    expect(findTables("|---|\n".repeat(100_000))).toEqual([]);
  });

  it("long runs of separators, commas and digits", () => {
    expect(findTables(`${"1,".repeat(1 << 19)}\n${"|-".repeat(1 << 19)}\n${"9".repeat(1 << 20)}`)).toEqual([]);
  });
});
