// .docx files written by the `docx` library, as Word-like documents with every part that must be
// left out (headers, footers, footnotes, comments) and the parts that must be read.
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../src/docx/number-formats.js";
import { docxText } from "./docx-helpers.js";

const when = "2025-01-01T00:00:00Z";

async function build(): Promise<Uint8Array> {
  const heading = (text: string, level: number, instance = 0) => new Paragraph({ text, numbering: { reference: "headings", level, instance } });
  const doc = new Document({
    comments: { children: [{ id: 0, author: "审核人", date: new Date(0), children: [new Paragraph("批注：请核实数字")] }] },
    footnotes: { 1: { children: [new Paragraph("脚注：数据来源于统计局")] } },
    numbering: {
      config: [
        {
          reference: "headings",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
            { level: 3, format: LevelFormat.DECIMAL, text: "（%4）", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("某市人民政府 页眉")] }) },
        footers: { default: new Footer({ children: [new Paragraph("— 1 — 页脚")] }) },
        children: [
          new Paragraph("某市2024年法治政府建设年度报告"),
          heading("总体情况", 0),
          heading("完善制度", 1),
          heading("立法", 2),
          heading("备案", 3),
          heading("备案审查", 3),
          heading("执法", 2),
          heading("加强监督", 1),
          heading("存在的不足", 0),
          new Paragraph({
            children: [
              new TextRun("全年"),
              new CommentRangeStart(0),
              new TextRun("办理案件"),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new InsertedTextRun({ text: "共", id: 1, author: "审核人", date: when }),
              new DeletedTextRun({ text: "约", id: 2, author: "审核人", date: when }),
              new TextRun("120件"),
              new FootnoteReferenceRun(1),
              new TextRun("。"),
            ],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("类别")] }), new TableCell({ children: [new Paragraph("数量")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("行政复议"), new Paragraph("（含听证）")] }), new TableCell({ children: [new Paragraph("12")] })] }),
            ],
          }),
          heading("另一清单", 0, 1),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe("docx written by a docx library", () => {
  it("reads body paragraphs with Word's numbering, tables as rows, and nothing from headers, footers, notes or comments", async () => {
    const source = await docxText(await build());
    expect(source.text.split("\n")).toEqual([
      "某市2024年法治政府建设年度报告",
      "一、总体情况",
      "（一）完善制度",
      "1.立法",
      "（1）备案",
      "（2）备案审查",
      "2.执法",
      "（二）加强监督",
      "二、存在的不足",
      "全年办理案件共120件。",
      "类别\t数量",
      "行政复议 （含听证）\t12",
      "一、另一清单",
    ]);
    for (const absent of ["页眉", "页脚", "脚注", "批注", "约", "— 1 —"]) expect(source.text).not.toContain(absent);
  });

  it("locates a word by paragraph and column, the rendered number included", async () => {
    const source = await docxText(await build());
    const map = source.positionMap!;
    expect(map.locate(source.text.indexOf("存在"))).toEqual({ line: 9, column: 3 });
    expect(map.locate(source.text.indexOf("120件"))).toEqual({ line: 10, column: 8 });
    // 行政复议 （含听证） is 10 characters, then the tab between the cells.
    expect(map.locate(source.text.lastIndexOf("\t12") + 1)).toEqual({ line: 12, column: 12 });
  });
});

describe("number formats", () => {
  it("counts in Chinese as documents print it", () => {
    const chinese = (n: number) => formatNumber(n, "chineseCounting");
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 111, 1001, 1010].map(chinese)).toEqual([
      "一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一百一十一", "一千零一", "一千零一十",
    ]);
    expect(formatNumber(12, "chineseCountingThousand")).toBe("十二");
    expect(formatNumber(23, "chineseLegalSimplified")).toBe("贰拾叁");
    expect(formatNumber(105, "ideographDigital")).toBe("一〇五");
  });

  it("renders letters, roman numerals, circled and full-width digits, and falls back to decimal", () => {
    expect([1, 26, 27, 28].map((n) => formatNumber(n, "upperLetter"))).toEqual(["A", "Z", "AA", "BB"]);
    expect([4, 9, 14, 1999].map((n) => formatNumber(n, "upperRoman"))).toEqual(["IV", "IX", "XIV", "MCMXCIX"]);
    expect(formatNumber(3, "lowerRoman")).toBe("iii");
    expect([1, 20, 21].map((n) => formatNumber(n, "decimalEnclosedCircleChinese"))).toEqual(["①", "⑳", "21"]);
    expect(formatNumber(12, "decimalFullWidth")).toBe("１２");
    expect(formatNumber(7, "decimalZero")).toBe("07");
    expect(formatNumber(11, "ideographTraditional")).toBe("甲");
    expect(formatNumber(5, "someFutureFormat")).toBe("5");
    expect(formatNumber(5, "bullet")).toBe("");
  });
});
