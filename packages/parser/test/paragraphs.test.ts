import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLineIndex, parse } from "../src/index.js";

const slice = (text: string, [s, e]: readonly [number, number]) => text.slice(s, e);

describe("paragraphs", () => {
  it("makes one paragraph per line for \\n, \\r\\n and a lone \\r", () => {
    const text = "一、总体情况\r\n我局依法行政。\r（一）加强领导\n本年度完成任务。";
    const { paragraphs } = parse(text);
    expect(paragraphs.map((p) => slice(text, p.span))).toEqual(["一、总体情况", "我局依法行政。", "（一）加强领导", "本年度完成任务。"]);
    expect(paragraphs.map((p) => p.line)).toEqual([1, 2, 3, 4]);
  });

  it("starts lines after \\n, \\r\\n and a lone \\r, a final break included", () => {
    expect(createLineIndex("a\r\nb\rc\n\r\r\nd\r").lineStarts).toEqual([0, 3, 5, 7, 8, 10, 12]);
    expect(createLineIndex("").lineStarts).toEqual([0]);
    expect(createLineIndex("\n\n").lineStarts).toEqual([0, 1, 2]);
    expect(createLineIndex("\r").lineStarts).toEqual([0, 1]);
  });

  it("keeps exact offsets after CRLF line ends", () => {
    const text = "关于2024年法治政府建设情况的报告\r\n\r\n一、主要举措和成效\r\n2024年，我局扎实推进依法行政。";
    const report = parse(text);
    const heading = report.headings[0]!;
    expect(slice(text, heading.span)).toBe("一、主要举措和成效");
    expect(heading.paragraph).toBe(2);
    expect(report.paragraphs[2]!.span).toEqual([22, 31]);
    const lines = createLineIndex(text);
    expect(lines.positionAt(heading.span[0])).toMatchObject({ line: report.paragraphs[2]!.line, column: 1 });
    const year = report.dates.find((d) => d.context === "plain")!;
    expect(slice(text, year.span)).toBe("2024年");
  });

  it("trims spaces, NBSP and U+3000 indentation from the content span only", () => {
    const text = "\u00a0\u00a0（一）加强领导。\n\u3000\u3000我局依法行政。  \n  ";
    const { paragraphs } = parse(text);
    expect(paragraphs[0]!.span).toEqual([0, 10]);
    expect(slice(text, paragraphs[0]!.contentSpan)).toBe("（一）加强领导。");
    expect(slice(text, paragraphs[1]!.contentSpan)).toBe("我局依法行政。");
    expect(paragraphs[2]!.kind).toBe("blank");
  });

  it("gives every kind and the innermost heading each paragraph belongs to", () => {
    const text = [
      "首页",
      "关于2024年法治政府建设情况的报告",
      "",
      "我局认真贯彻落实各项部署。",
      "一、主要举措和成效",
      "（一）加强组织领导。成立领导小组。",
      "全年召开会议4次。",
      "二、存在的不足",
      "扫一扫在手机打开当前页",
    ].join("\n");
    const { paragraphs } = parse(text);
    expect(paragraphs.map((p) => p.kind)).toEqual(["chrome", "title", "blank", "body", "heading", "heading", "body", "heading", "chrome"]);
    expect(paragraphs.map((p) => p.heading)).toEqual([null, null, null, null, 0, 1, 1, 2, 2]);
  });

  it("ends with an empty paragraph after a final line break, as the line index counts it", () => {
    const text = "我局依法行政。\n";
    const { paragraphs } = parse(text);
    expect(paragraphs).toHaveLength(createLineIndex(text).lineStarts.length);
    expect(paragraphs.at(-1)).toMatchObject({ kind: "blank", span: [8, 8], line: 2 });
  });

  it("keeps one paragraph per line of the line index, each with its own span, on any mix of breaks and spaces", () => {
    const piece = fc.constantFrom("\n", "\r", "\r\n", " ", "\u3000", "\t", "局", "。");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const { paragraphs } = parse(text);
        const { lineStarts } = createLineIndex(text);
        expect(paragraphs).toHaveLength(lineStarts.length);
        paragraphs.forEach((p, i) => {
          expect(p.line).toBe(i + 1);
          expect(p.span[0]).toBe(lineStarts[i]);
          expect(/[\r\n]/u.test(slice(text, p.span))).toBe(false);
          expect(slice(text, p.contentSpan)).toBe(slice(text, p.span).trim());
          expect(p.kind === "blank").toBe(slice(text, p.span).trim() === "");
        });
      }),
      { numRuns: 500 },
    );
  });

  it("gives a text of only line breaks one blank paragraph per line", () => {
    const text = "\n".repeat(5) + "\r\n\r";
    const { paragraphs } = parse(text);
    expect(paragraphs.map((p) => [p.kind, p.span[0], p.contentSpan[1], p.line])).toEqual([
      ["blank", 0, 0, 1],
      ["blank", 1, 1, 2],
      ["blank", 2, 2, 3],
      ["blank", 3, 3, 4],
      ["blank", 4, 4, 5],
      ["blank", 5, 5, 6],
      ["blank", 7, 7, 7],
      ["blank", 8, 8, 8],
    ]);
  });

  it("gives the empty text one blank paragraph", () => {
    expect(parse("").paragraphs).toEqual([{ kind: "blank", span: [0, 0], contentSpan: [0, 0], line: 1, heading: null }]);
  });
});
