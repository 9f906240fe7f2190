import { describe, expect, it } from "vitest";
import { pagesText, type TextPiece } from "../src/pdf/page-text.js";

const piece = (text: string, x: number, y: number, size = 16): TextPiece => ({ text, x, y, size, width: text.length * size });

describe("pagesText", () => {
  it("counts text printed twice at one place (fake bold) once, and ignores pdf.js's whitespace pieces", () => {
    const read = pagesText([{ width: 595, pieces: [piece("加粗", 79, 700), piece("加粗", 79.5, 700), piece(" ", 111, 700), piece("标题", 120, 700)] }]);
    expect(read.text).toBe("加粗标题");
  });

  it("keeps pieces on one line when their baselines differ by less than half the font size", () => {
    const read = pagesText([{ width: 595, pieces: [piece("正文", 79, 700), piece("注", 111, 705, 9), piece("继续", 120, 700)] }]);
    expect(read.text).toBe("正文注继续");
  });

  it("anchors every visual line at its page, line and column of the read text", () => {
    const long = "字".repeat(27);
    const read = pagesText([
      { width: 595, pieces: [piece("标题", 79, 700), piece(long, 79, 672)] },
      { width: 595, pieces: [piece("续完。", 79, 700)] },
    ]);
    expect(read.text).toBe(`标题\n${long}续完。`);
    expect(read.anchors).toEqual([
      { offset: 0, line: 1, column: 1, page: 1 },
      { offset: 3, line: 2, column: 1, page: 1 },
      { offset: 30, line: 2, column: 28, page: 2 },
    ]);
    expect(read.emptyPages).toEqual([]);
  });

  it("names pages without text and reads none from them", () => {
    const read = pagesText([{ width: 595, pieces: [] }, { width: 595, pieces: [piece("正文。", 79, 700)] }]);
    expect(read).toMatchObject({ text: "正文。", emptyPages: [1], furnitureLines: 0 });
  });
});
