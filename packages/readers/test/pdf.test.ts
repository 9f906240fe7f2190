import { afterEach, describe, expect, it, vi } from "vitest";
import { readReport, type ReadResult, type SourceText } from "../src/index.js";
import { A4, layoutReport, makePdf, textWidth, type PdfLine, type PdfOptions, type PdfPage } from "./helpers/pdf-writer.js";

const LEFT = 79;
const RIGHT = A4.width - 74;
const at = (row: number) => 730 - row * 28;
/** A body line starting at the left margin (or indented by `indent` em) on row `row`. */
const line = (text: string, row: number, indent = 0): PdfLine => ({ text, x: LEFT + indent * 16, y: at(row) });
/** A text that fills a line from an indent of `indent` em (27 CJK characters at 16 pt: the margins are 442 points apart). */
const full = (text: string, indent = 0) => {
  expect(indent * 16 + textWidth(text, 16)).toBeGreaterThan(RIGHT - LEFT - 16);
  expect(indent * 16 + textWidth(text, 16)).toBeLessThanOrEqual(RIGHT - LEFT);
  return text;
};
const FULL_A = "一二三四五六七八九十百千万亿甲乙丙丁戊己庚辛壬癸子丑寅";
const FULL_B = "我局坚持习近平新时代中国特色社会主义思想为指导依法行政";

async function read(pages: readonly PdfPage[], options: PdfOptions = {}): Promise<ReadResult> {
  return readReport(makePdf(pages, options), "报告.pdf");
}

async function source(pages: readonly PdfPage[], options: PdfOptions = {}): Promise<SourceText> {
  const result = await read(pages, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.source;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("readPdf: reading order and joining", () => {
  it("reads lines top to bottom and pieces left to right, whatever order the file draws them in", async () => {
    const s = await source([
      {
        lines: [
          { text: "第二行", x: LEFT, y: at(1) },
          { text: "后半", x: LEFT + 64, y: at(0) },
          { text: "前半", x: LEFT, y: at(0) },
        ],
      },
    ]);
    expect(s.kind).toBe("pdf");
    expect(s.text).toBe("前半后半\n第二行");
  });

  it("joins a paragraph wrapped at the right margin without a space between CJK characters", async () => {
    const s = await source([{ lines: [line(full(FULL_B.slice(2), 2), 0, 2), line(full(FULL_A), 1), line("最后一行。", 2)] }]);
    expect(s.text).toBe(`${FULL_B.slice(2)}${FULL_A}最后一行。`);
  });

  it("joins wrapped Latin words and numbers with a space, and a number before CJK without one", async () => {
    const latin = `${FULL_A.slice(0, 22)}the rule of`;
    const s = await source([{ lines: [line(full(latin), 0), line("law 2024", 1), line("年完成。", 2)] }]);
    // "law 2024" ends short of the margin: "年完成。" starts a new paragraph.
    expect(s.text).toBe(`${latin} law 2024\n年完成。`);
    const t = await source([{ lines: [line(full(`${FULL_A.slice(0, 23)}共计2024`), 0), line("年完成。", 1)] }]);
    expect(t.text).toBe(`${FULL_A.slice(0, 23)}共计2024年完成。`);
  });

  it("joins a line cut short by a long number pushed down, and a line whose punctuation hangs in the margin", async () => {
    const s = await source([
      {
        lines: [
          line(full(FULL_B.slice(2), 2), 0, 2),
          line(`${full(FULL_A)}，`, 1),
          // Three em short of the margin: the 10-character number after it did not fit.
          line(`${FULL_B.slice(0, 22)}涉案`, 2),
          line("1234567.89万元，已全部执行。", 3),
          line("新的一段。", 4, 2),
        ],
      },
    ]);
    expect(s.text.split("\n")).toEqual([`${FULL_B.slice(2)}${FULL_A}，${FULL_B.slice(0, 22)}涉案1234567.89万元，已全部执行。`, "新的一段。"]);
  });

  it("puts a space between Latin pieces set apart by a gap, and none between CJK pieces", async () => {
    const s = await source([
      {
        lines: [
          { text: "ABC", x: LEFT, y: at(0) },
          { text: "DEF", x: LEFT + textWidth("ABC", 16) + 6, y: at(0) },
          { text: "法治", x: LEFT, y: at(1) },
          { text: "政府", x: LEFT + 32 + 12, y: at(1) },
          { text: "GB", x: LEFT, y: at(2) },
          { text: "18030", x: LEFT + textWidth("GB", 16), y: at(2) },
        ],
      },
    ]);
    expect(s.text).toBe("ABC DEF\n法治政府\nGB18030");
  });

  it.each([0, 1, 4])("reads a line set with %d pt character spacing (justified) without spaces between its characters", async (charSpacing) => {
    const s = await source([
      {
        lines: [
          { text: "受理投诉举报 15 件，the rule of law。", x: LEFT, y: at(0), charSpacing },
          { text: "2024年我局受理ABC案件", x: LEFT, y: at(1), charSpacing },
        ],
      },
    ]);
    expect(s.text).toBe("受理投诉举报 15 件，the rule of law。\n2024年我局受理ABC案件");
  });

  it("starts a paragraph at an indented line, after a short line, and at every heading", async () => {
    const s = await source([
      {
        lines: [
          line("一、总体情况", 0),
          line(full(FULL_A.slice(2), 2), 1, 2),
          line(full(FULL_B), 2),
          line("（一）加强领导", 3),
          line(full(FULL_A), 4),
          line("1.完善制度", 5),
          line("短行", 6, 2),
          line("下一段。", 7, 2),
        ],
      },
    ]);
    expect(s.text.split("\n")).toEqual(["一、总体情况", FULL_A.slice(2) + FULL_B, "（一）加强领导", FULL_A, "1.完善制度", "短行", "下一段。"]);
  });

  it("keeps a full line that ends with 。 in its paragraph when paragraphs are marked by indents", async () => {
    const sentence = full(`${FULL_A.slice(0, 24)}结束。`);
    const s = await source([{ lines: [line(full(FULL_B.slice(2), 2), 0, 2), line(sentence, 1), line("接着写完。", 2), line("新的一段。", 3, 2)] }]);
    expect(s.text.split("\n")).toEqual([`${FULL_B.slice(2)}${sentence}接着写完。`, "新的一段。"]);
  });

  it("ends a paragraph at 。！？： when paragraphs are not indented, and at a gap between blocks", async () => {
    const s = await source([
      {
        lines: [
          line(full(`${FULL_A.slice(0, 24)}结束。`), 0),
          line(full(`${FULL_B.slice(0, 24)}如下：`), 1),
          line(full(FULL_A), 2),
          { text: "隔开的一段。", x: LEFT, y: at(3) - 20 },
        ],
      },
    ]);
    expect(s.text.split("\n")).toEqual([`${FULL_A.slice(0, 24)}结束。`, `${FULL_B.slice(0, 24)}如下：`, FULL_A, "隔开的一段。"]);
  });

  it("makes one paragraph of a large centred title over two lines, and not of the body lines after it", async () => {
    const title = (text: string, y: number): PdfLine => ({ text, x: (A4.width - textWidth(text, 22)) / 2, y, size: 22 });
    const s = await source([{ lines: [title("某县人力资源和社会保障局关于2024年", 800), title("法治政府建设情况的报告", 770), line(full(FULL_B.slice(2), 2), 0, 2), line("接续。", 1), line("正文第二段。", 2, 2)] }]);
    expect(s.text.split("\n")).toEqual(["某县人力资源和社会保障局关于2024年法治政府建设情况的报告", `${FULL_B.slice(2)}接续。`, "正文第二段。"]);
  });

  it("keeps each row of a table that spans the page on a line of its own, its numbers apart", async () => {
    const cell = (text: string, x: number, row: number): PdfLine => ({ text, x, y: at(row) });
    const row = (row: number, name: string, a: string, b: string) => [cell(name, LEFT, row), cell(a, 300, row), cell(b, RIGHT - textWidth(b, 16), row)];
    const s = await source([{ lines: [...row(0, "项目", "2023年", "2024年"), ...row(1, "行政复议案件", "12", "15"), ...row(2, "行政诉讼案件", "3", "4"), line("合计如上。", 3)] }]);
    // pdf.js marks the wide gaps between cells with a space piece, kept next to a digit.
    expect(s.text.split("\n")).toEqual(["项目 2023年 2024年", "行政复议案件 12 15", "行政诉讼案件 3 4", "合计如上。"]);
  });

  it("continues a paragraph from the foot of one page to the top of the next", async () => {
    const s = await source([{ lines: [line("开头一行很短。", 0, 2), line(full(FULL_A.slice(2), 2), 1, 2)] }, { lines: [line("跨页接续。", 0)] }]);
    expect(s.text).toBe(`开头一行很短。\n${FULL_A.slice(2)}跨页接续。`);
  });
});

describe("readPdf: fonts", () => {
  it("reads text in a non-embedded Chinese font encoded with a predefined CMap (UniGB-UCS2-H), from pdf.js's own CMap files", async () => {
    const result = await read([{ lines: [line("宛城区人民政府关于2024年法治政府建设情况的报告", 0)] }], { predefinedCMap: true });
    expect(result.ok && result.source.text).toBe("宛城区人民政府关于2024年法治政府建设情况的报告");
  });
});

describe("readPdf: page furniture", () => {
  const footer = (text: string): PdfLine => ({ text, x: (A4.width - textWidth(text, 14)) / 2, y: 50, size: 14 });
  const header = (text: string): PdfLine => ({ text, x: (A4.width - textWidth(text, 10.5)) / 2, y: 790, size: 10.5 });

  it("drops page numbers in every common form and counts them in a note", async () => {
    const labels = ["— 1 —", "- 2 -", "第 3 页", "第4页 共6页", "5/6", "6"];
    const pages = labels.map((label, i) => ({ lines: [line(`第${"一二三四五六"[i]}页正文。`, 0), footer(label)] }));
    const s = await source(pages);
    expect(s.text.split("\n")).toEqual(["第一页正文。", "第二页正文。", "第三页正文。", "第四页正文。", "第五页正文。", "第六页正文。"]);
    expect(s.notes).toEqual(["page numbers, headers and footers dropped: 6 lines"]);
  });

  it("drops a running header repeated on most pages, page numbers inside it aside", async () => {
    const pages = [1, 2, 3].map((n) => ({ lines: [header(`某县人力资源和社会保障局 ${n}`), line(`正文${"一二三"[n - 1]}。`, 0)] }));
    const s = await source(pages);
    expect(s.text).toBe("正文一。\n正文二。\n正文三。");
    expect(s.notes).toEqual(["page numbers, headers and footers dropped: 3 lines"]);
  });

  it("keeps numbers and repeated lines that are body text", async () => {
    const s = await source([
      { lines: [line("标题", 0), line("2024", 1), line("小结。", 2)] },
      { lines: [line("标题", 0), line("正文。", 1)] },
      { lines: [line("另一页。", 0)] },
      { lines: [line("再一页。", 0)] },
      { lines: [line("末页。", 0)] },
    ]);
    // "2024" is not set apart from the body; "标题" tops only two of five pages.
    expect(s.text.split("\n")).toEqual(["标题", "2024", "小结。", "标题", "正文。", "另一页。", "再一页。", "末页。"]);
    expect(s.notes).toEqual([]);
  });
});

describe("readPdf: positions", () => {
  it("locates text on its page, at its line and column of the read text", async () => {
    const bytes = makePdf(layoutReport(`一、总体情况\n${FULL_B.repeat(30)}\n二、存在问题\n执法力量不足。`));
    const result = await readReport(bytes, "a.pdf");
    if (!result.ok) throw new Error(result.error.message);
    const { text, positionMap } = result.source;
    expect(positionMap?.lineUnit).toBe("line");
    const where = (word: string) => positionMap!.locate(text.indexOf(word));
    expect(where("一、总体情况")).toEqual({ line: 1, column: 1, page: 1 });
    expect(where("二、存在问题")).toEqual({ line: 3, column: 1, page: 2 });
    expect(where("执法力量不足")).toEqual({ line: 4, column: 1, page: 2 });
    // The paragraph runs over onto page 2: its last characters are there, at their column.
    const last = text.indexOf("\n二、") - 1;
    expect(positionMap!.locate(last)).toEqual({ line: 2, column: FULL_B.length * 30, page: 2 });
    expect(positionMap!.locate(text.indexOf(FULL_B))).toEqual({ line: 2, column: 1, page: 1 });
  });
});

describe("readPdf: files it cannot read", () => {
  const silent = () => {
    const spies = (["log", "warn", "error", "info"] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    return () => spies.flatMap((spy) => spy.mock.calls);
  };

  it("says a PDF without a text layer is probably a scan", async () => {
    const printed = silent();
    const result = await read([{ lines: [], image: true }, { lines: [], image: true }]);
    expect(result).toEqual({ ok: false, error: { code: "no-text", message: "the PDF has no text layer (a scan?); run OCR first or lint its text" } });
    expect(printed()).toEqual([]);
  });

  it("reads the text pages of a PDF that has some scanned pages, and names those", async () => {
    const s = await source([{ lines: [line("有文字的一页。", 0)] }, { lines: [], image: true }]);
    expect(s.text).toBe("有文字的一页。");
    expect(s.notes).toEqual(["pages without a text layer skipped (scans?): 2"]);
  });

  it("skips a damaged page and names it; a PDF whose pages are all damaged is corrupt", async () => {
    const printed = silent();
    // pdf.js finds a page by walking the page tree in order: pages after the damaged one are lost too.
    const s = await source([{ lines: [line("第一页。", 0)] }, { lines: [line("第二页。", 0)] }, { lines: [line("第三页。", 0)], damaged: true }]);
    expect(s.text).toBe("第一页。\n第二页。");
    expect(s.notes).toEqual(["damaged pages skipped: 3"]);
    const none = await read([{ lines: [line("第一页。", 0)], damaged: true }]);
    expect(none.ok ? "read" : none.error.code).toBe("corrupt");
    expect(printed()).toEqual([]);
  });

  it("refuses a password-protected PDF as encrypted", async () => {
    const printed = silent();
    const result = await read([{ lines: [line("保密。", 0)] }], { encryption: "password" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("encrypted");
    expect(printed()).toEqual([]);
  });

  it("reads a PDF encrypted only to restrict copying and printing (it opens without a password)", async () => {
    const pages = [{ lines: [line("一、总体情况", 0), line("禁止复制的正文。", 1)] }];
    // The drawing operators are readable in the plain file, not in the encrypted one.
    const operators = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes).includes(" Tj ET");
    expect([operators(makePdf(pages)), operators(makePdf(pages, { encryption: "permissions" }))]).toEqual([true, false]);
    const s = await source(pages, { encryption: "permissions" });
    expect(s.text).toBe("一、总体情况\n禁止复制的正文。");
  });

  it("refuses a truncated, a damaged and a non-PDF file as corrupt, in one line", async () => {
    const printed = silent();
    const whole = makePdf([{ lines: [line("完整的一页。", 0)] }]);
    const truncated = await readReport(whole.subarray(0, Math.floor(whole.length * 0.6)), "a.pdf");
    const damaged = await readReport(new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n"), "a.pdf");
    const notPdf = await readReport(new TextEncoder().encode("这是文本，不是 PDF。"), "a.pdf");
    for (const result of [truncated, damaged, notPdf]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe("corrupt");
        expect(result.error.message).not.toContain("\n");
        expect(result.error.message).not.toMatch(/ at \S+:\d+/u);
      }
    }
    expect(printed()).toEqual([]);
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const result = await readReport(makePdf([{ lines: [line("正文。", 0)] }]), "a.pdf", { maxBytes: 100 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("too-large");
  });

  it("reads a well-formed PDF without printing anything", async () => {
    const printed = silent();
    const s = await source(layoutReport("一、总体情况\n正文。"));
    expect(s.text).toBe("一、总体情况\n正文。");
    expect(printed()).toEqual([]);
  });
});
