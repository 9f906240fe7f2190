// Acceptance for issue 18 (part A): the synthetic 政府信息公开 report in three layouts — pipe rows
// (PDF-to-text), one cell per line (web page) and a .docx with Word tables (made here from the same
// rows) — gives no xxgk-table-identities finding when clean, and each identity broken by changing one
// cell is found in every layout.
import { readFixture } from "@reportlint/fixtures";
import { lint } from "@reportlint/core";
import { readReport } from "@reportlint/readers";
import { rules } from "@reportlint/rules";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";

const RULE = "xxgk-table-identities";
const PIPE = readFixture("xxgk-synthetic", "pipe-rows.txt");

const isRule = (line: string) => /^\|(?:-+\|)+$/u.test(line);
const cellsOf = (line: string) => line.slice(1, -1).split("|").map((c) => c.trim());

/** The web page layout: each row after a "|" line, one "cell |" per line; part 二's block titles end in " |". */
function cellPerLine(pipe: string): string {
  return pipe
    .split("\n")
    .flatMap((line) => {
      if (isRule(line)) return [];
      if (line.startsWith("|")) return ["|", ...cellsOf(line).map((c) => `${c} |`)];
      if (/^第二十条第（.）项$/u.test(line)) return [`${line} |`];
      return [line];
    })
    .join("\n");
}

/** A .docx whose pipe rows are Word tables (a run of rows is one table) and every other line a paragraph. */
async function docxText(pipe: string): Promise<string> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) children.push(new Table({ rows }));
    rows = [];
  };
  for (const line of pipe.split("\n")) {
    if (isRule(line)) continue;
    if (line.startsWith("|")) {
      rows.push(new TableRow({ children: cellsOf(line).map((c) => new TableCell({ children: [new Paragraph(c)] })) }));
      continue;
    }
    flush();
    children.push(new Paragraph(line));
  }
  flush();
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const read = await readReport(new Uint8Array(bytes), "report.docx");
  if (!read.ok) throw new Error(read.error.message);
  return read.source.text;
}

const LAYOUTS: Record<string, (pipe: string) => string | Promise<string>> = {
  "pipe rows": (pipe) => pipe,
  "one cell per line": cellPerLine,
  ".docx tables": docxText,
};

async function findings(layout: string, pipe: string) {
  const text = await LAYOUTS[layout]!(pipe);
  return lint(text, { rules: { [RULE]: rules[RULE] } }).diagnostics.map((d) => ({ messageId: d.messageId, text: text.slice(...d.span), severity: d.severity }));
}

/** The pipe text with the row labelled `label` given new cells (`at` → value, 0 = first value cell). */
function edit(pipe: string, label: string, changes: Record<number, number>): string {
  const lines = pipe.split("\n");
  const i = lines.findIndex((l) => l.startsWith("|") && cellsOf(l).some((c) => c === label));
  if (i < 0) throw new Error(`no row ${label}`);
  const cells = cellsOf(lines[i]!);
  const first = cells.findIndex((c) => /^\d+$/u.test(c));
  for (const [at, value] of Object.entries(changes)) cells[first + Number(at)] = String(value);
  lines[i] = `| ${cells.join(" | ")} |`;
  return lines.join("\n");
}

const cellOf = (pipe: string, label: string, at: number) => {
  const cells = cellsOf(pipe.split("\n").find((l) => l.startsWith("|") && cellsOf(l).includes(label))!);
  return Number(cells[cells.findIndex((c) => /^\d+$/u.test(c)) + at]);
};

/** One broken identity each, made by changing one printed cell (two when a row's 总计 must follow). */
const BROKEN: { name: string; pipe: string; expected: { messageId: string; text: string }[] }[] = [
  {
    name: "a row's 总计 off",
    pipe: edit(PIPE, "（一）予以公开", { 6: cellOf(PIPE, "（一）予以公开", 6) + 1 }),
    expected: [
      { messageId: "rowTotal", text: String(cellOf(PIPE, "（一）予以公开", 6) + 1) },
      { messageId: "resultsTotal", text: String(cellOf(PIPE, "（七）总计", 6)) },
    ],
  },
  {
    name: "本年新收 + 上年结转 ≠ (七)总计 + 结转下年度继续办理",
    pipe: edit(PIPE, "一、本年新收政府信息公开申请数量", { 0: cellOf(PIPE, "一、本年新收政府信息公开申请数量", 0) + 2, 6: cellOf(PIPE, "一、本年新收政府信息公开申请数量", 6) + 2 }),
    expected: [
      { messageId: "columnBalance", text: String(cellOf(PIPE, "（七）总计", 0)) },
      { messageId: "columnBalance", text: String(cellOf(PIPE, "（七）总计", 6)) },
    ],
  },
  {
    name: "(七)总计 ≠ (一) … (六)",
    pipe: edit(PIPE, "2.其他法律行政法规禁止公开", { 0: cellOf(PIPE, "2.其他法律行政法规禁止公开", 0) + 3, 6: cellOf(PIPE, "2.其他法律行政法规禁止公开", 6) + 3 }),
    expected: [
      { messageId: "resultsTotal", text: String(cellOf(PIPE, "（七）总计", 0)) },
      { messageId: "resultsTotal", text: String(cellOf(PIPE, "（七）总计", 6)) },
    ],
  },
  {
    name: "part 四: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结",
    pipe: (() => {
      const lines = PIPE.split("\n");
      const i = lines.findIndex((l) => /^\|(?: \d+ \|){15}$/u.test(l));
      const cells = cellsOf(lines[i]!);
      cells[0] = String(Number(cells[0]) + 1);
      lines[i] = `| ${cells.join(" | ")} |`;
      return lines.join("\n");
    })(),
    expected: [{ messageId: "reviewTotal", text: cellsOf(PIPE.split("\n").find((l) => /^\|(?: \d+ \|){15}$/u.test(l))!)[4]! }],
  },
];

describe("xxgk-table-identities on the synthetic report", () => {
  it("the one-cell-per-line fixture is the pipe-rows fixture's web page layout", () => {
    expect(readFixture("xxgk-synthetic", "cell-per-line.txt")).toBe(cellPerLine(PIPE));
  });

  for (const layout of Object.keys(LAYOUTS)) {
    it(`${layout}: clean, no finding`, async () => {
      expect(await findings(layout, PIPE)).toEqual([]);
    });
    for (const broken of BROKEN) {
      it(`${layout}: ${broken.name}`, async () => {
        const found = await findings(layout, broken.pipe);
        expect(found.map(({ messageId, text }) => ({ messageId, text }))).toEqual(broken.expected);
        expect(found.every((f) => f.severity === "error")).toBe(true);
      });
    }
  }
});
