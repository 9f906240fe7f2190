import { describe, expect, it } from "vitest";
import type { Report, Span } from "@reportlint/report-model";
import { hasZeroWidth, isRegExpSpace, isZeroWidth, nonProseSpans, SpanCursor, spanAt } from "../../src/util/typography.js";

describe("isRegExpSpace", () => {
  it("is what \\s matches, for every UTF-16 code unit", () => {
    const space = /^\s$/u;
    for (let c = 0; c < 0x10000; c++) {
      if (isRegExpSpace(c) !== space.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
    }
  });
});

describe("SpanCursor", () => {
  it("answers as spanAt does for offsets asked in increasing order", () => {
    const cases: Span[][] = [[], [[0, 0]], [[3, 5]], [[0, 2], [2, 4], [7, 8], [8, 8], [10, 20]]];
    for (const spans of cases) {
      const cursor = new SpanCursor(spans);
      for (let offset = 0; offset < 24; offset++) expect(cursor.inside(offset), `${JSON.stringify(spans)} at ${offset}`).toBe(spanAt(spans, offset) !== undefined);
      // Offsets may repeat, or skip ahead.
      const skipping = new SpanCursor(spans);
      for (const offset of [1, 1, 4, 9, 15, 15, 30]) expect(skipping.inside(offset)).toBe(spanAt(spans, offset) !== undefined);
    }
  });
});

describe("hasZeroWidth", () => {
  it("is true exactly of the texts holding a character isZeroWidth is true of", () => {
    const textOnly = (text: string) => ({ text }) as Report;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (hasZeroWidth(textOnly(`文${String.fromCharCode(c)}字`)) !== isZeroWidth(c)) expect.fail(`U+${c.toString(16)}`);
    }
  });
});

describe("nonProseSpans", () => {
  const spansOf = (text: string) => nonProseSpans({ text, chrome: [], tables: [], paragraphs: [] } as unknown as Report);
  it("finds addresses in any case, and none in a text without @, :// or www.", () => {
    expect(spansOf("见WWW.Gov.CN网站")).toEqual([[1, 11]]);
    expect(spansOf("见HTTPS://a.cn/x 或 a@b.cn")).toEqual([[1, 15], [18, 24]]);
    expect(spansOf("www 与 1.5 及 a.b")).toEqual([]);
  });
});
