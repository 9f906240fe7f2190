import { describe, expect, it } from "vitest";
import type { Span } from "@reportlint/report-model";
import { isRegExpSpace, SpanCursor, spanAt } from "../../src/util/typography.js";

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
