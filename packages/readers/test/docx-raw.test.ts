import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReport } from "../src/index.js";
import { docxText, para, rawDocx } from "./docx-helpers.js";

const lvl = (ilvl: number, format: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numPr = (numId: string, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

describe("docx text", () => {
  it("reads one line per paragraph, tabs and symbols in place, line breaks inside the paragraph", async () => {
    const body =
      para("第一段") +
      '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:sym w:font="Wingdings" w:char="F06C"/><w:noBreakHyphen/><w:softHyphen/></w:r></w:p>' +
      "<w:p/>" +
      para("末段");
    const source = await docxText(rawDocx(body));
    expect(source.kind).toBe("docx");
    expect(source.notes).toBeUndefined();
    expect(source.text).toBe("第一段\n甲\t乙\n丙l-\n\n末段");
    // The line break keeps the paragraph's number; columns go on counting through it.
    expect(source.positionMap?.locate(source.text.indexOf("丙"))).toEqual({ line: 2, column: 5 });
    expect(source.positionMap?.locate(source.text.indexOf("末"))).toEqual({ line: 4, column: 1 });
    expect(source.positionMap?.lineUnit).toBe("paragraph");
  });

  it("shows a field's result, never its code, and leaves a table of contents out", async () => {
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      `<w:p><w:r><w:t>共</w:t></w:r>${field("PAGE \\* MERGEFORMAT", "3")}<w:r><w:t>页</w:t></w:r></w:p>` +
      `<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>2025年1月</w:t></w:r></w:fldSimple></w:p>` +
      `<w:p>${field("TOC \\o &quot;1-3&quot;", "一、总体情况 1")}</w:p>` +
      para("正文");
    const source = await docxText(rawDocx(body));
    expect(source.text).toBe("共3页\n2025年1月\n\n正文");
    expect(source.notes).toEqual(["the table of contents left out"]);
    expect(source.text).not.toContain("PAGE");
    expect(source.text).not.toContain("总体情况");
  });

  it("keeps insertions, drops deletions, hidden text, text boxes and earlier formatting", async () => {
    const body =
      '<w:p><w:ins w:id="1"><w:r><w:t>新增</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>删去</w:delText></w:r></w:del>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>' +
      '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>' +
      '<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>';
    const source = await docxText(rawDocx(body));
    expect(source.text).toBe("新增显示移来");
    expect(source.notes).toEqual(["1 text box not read"]);
  });

  it("reads a table as rows: cells joined by tabs, a cell's paragraphs and nested rows by spaces", async () => {
    const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join("")}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(para("内1"))}${cell(para("内2"))}</w:tr><w:tr>${cell(para("内3"))}</w:tr></w:tbl>`;
    const body =
      para("表前") +
      `<w:tbl><w:tblPr/><w:tr>${cell(para("甲"), para("乙"))}${cell(para("丙"))}</w:tr><w:tr>${cell(para("外"), nested)}${cell("<w:p/>")}</w:tr></w:tbl>` +
      para("表后");
    const source = await docxText(rawDocx(body));
    expect(source.text.split("\n")).toEqual(["表前", "甲 乙\t丙", "外 内1\t内2 内3\t", "表后"]);
    expect(source.positionMap?.locate(source.text.indexOf("丙"))).toEqual({ line: 2, column: 5 });
    expect(source.positionMap?.locate(source.text.indexOf("表后"))).toEqual({ line: 4, column: 1 });
  });

  it("renders list numbers: levels reset under a higher one, restarts by startOverride, shared counters", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body =
      para("总体情况", numPr("1")) +
      para("主要举措", numPr("1", 1)) +
      para("细项", numPr("1", 2)) +
      para("细项", numPr("1", 2)) +
      para("其他举措", numPr("1", 1)) +
      para("细项", numPr("1", 2)) +
      para("存在的不足", numPr("2")) +
      para("小节", numPr("2", 1)) +
      para("不编号", numPr("0")) +
      para("重新开始", numPr("3"));
    const source = await docxText(rawDocx(body, { numbering }));
    expect(source.text.split("\n")).toEqual([
      "一、总体情况",
      "（一）主要举措",
      "1.细项",
      "2.细项",
      "（二）其他举措",
      "1.细项",
      "二、存在的不足",
      "（一）小节",
      "不编号",
      "一、重新开始",
    ]);
    // The rendered number counts: 举 is the fourth character Word shows.
    expect(source.positionMap?.locate(source.text.indexOf("主要"))).toEqual({ line: 2, column: 4 });
  });

  it("renders the number formats Chinese reports use, with w:start and w:suff", async () => {
    const formats: [string, string, string][] = [
      ["decimalEnclosedCircleChinese", "%1", "①②③"],
      ["upperLetter", "%1.", "A.B.C."],
      ["lowerRoman", "(%1)", "(i)(ii)(iii)"],
      ["decimalFullWidth", "%1．", "１．２．３．"],
      ["ideographTraditional", "%1、", "甲、乙、丙、"],
      ["bullet", "•", ""],
    ];
    for (const [format, text, expected] of formats) {
      const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, format, text, '<w:suff w:val="nothing"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
      const source = await docxText(rawDocx(para("", numPr("1")).repeat(3) + para("x"), { numbering }));
      expect(source.text.split("\n").slice(0, 3).join(""), format).toBe(expected);
    }
    const started = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="10"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/><w:suff w:val="tab"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const source = await docxText(rawDocx(para("甲", numPr("1")) + para("乙", numPr("1")), { numbering: started }));
    expect(source.text).toBe("第十章 甲\n第十一章 乙");
  });

  it("takes numbering from the paragraph's style and the styles it is based on", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="5">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}</w:abstractNum>` +
      `<w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>`;
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="character" w:styleId="C"><w:rPr/></w:style>';
    const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
    const body = para("总体情况", style("H1")) + para("举措", style("H2")) + para("不足", style("H1x")) + para("正文") + para("停编", style("H1") + '<w:numPr><w:numId w:val="0"/></w:numPr>');
    const source = await docxText(rawDocx(body, { numbering, styles }));
    expect(source.text).toBe("一、总体情况\n（一）举措\n二、不足\n正文\n停编");
  });

  it("follows isLgl, lvlRestart, lvlOverride levels and numbering-style links", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "第%1部分")}${lvl(1, "decimal", "%1.%2", '<w:isLgl/><w:suff w:val="space"/>')}${lvl(2, "decimal", "（%3）", '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Outline"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">${lvl(0, "upperLetter", "%1)")}</w:lvlOverride></w:num>`;
    const styles = '<w:style w:type="numbering" w:styleId="Outline"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body =
      para("甲", numPr("1")) +
      para("甲一", numPr("1", 1)) +
      para("项", numPr("1", 2)) +
      para("乙", numPr("2")) +
      para("乙一", numPr("2", 1)) +
      para("项", numPr("1", 2)) +
      para("丙", numPr("3"));
    const source = await docxText(rawDocx(body, { numbering, styles }));
    // Level 3 never restarts; the linked list continues the first; the override replaces level 0's look.
    expect(source.text.split("\n")).toEqual(["第一部分 甲", "1.1 甲一", "（1）项", "第二部分 乙", "2.1 乙一", "（2）项", "C)丙"]);
  });

  it("gives back any paragraphs' text, and locates every offset at its paragraph and column", async () => {
    const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const piece = fc.constantFrom("一", "、", "a", "<", "&", ">", " ", '"', "（", "😀", "x", "\u00a0");
    const paragraph = fc.array(piece, { maxLength: 12 }).map((p) => p.join(""));
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.nat(), async (paragraphs, pick) => {
        const read = await readReport(rawDocx(paragraphs.map((p) => para(escape(p))).join("")), "p.docx");
        if (paragraphs.every((p) => p.trim() === "")) {
          expect(read.ok).toBe(false);
          return;
        }
        if (!read.ok) throw new Error(read.error.message);
        const text = read.source.text;
        expect(text).toBe(paragraphs.join("\n"));
        const offset = pick % (text.length + 1);
        const line = text.slice(0, offset).split("\n").length;
        const lineStart = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
        const column = offset - lineStart + 1;
        expect(read.source.positionMap?.locate(offset)).toEqual({ line, column });
      }),
      // A document opening with an empty paragraph, located at its very start.
      { numRuns: 100, examples: [[["", "一", ""], 0]] },
    );
  });
});
