// Any string at all: parse and lint return, and every diagnostic range lies inside the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lint } from "../src/index.js";

const fragments = [
  "一、", "（一）", "(二)", "1.", "2、", "（3）", "①", "一是", "二是", ")", "（", "“", "”", "《", "》", "‘",
  "\n", "\r\n", "\r", "\u00a0", "\u3000", " ", "。", "；", "，", "2024年", "20192023年", "2月30日", "今年",
  "受理67件", "(裁决21件、线下调解27件)", "办结率99%", "百分之八十三点三", "首页", "分享:", "扫一扫在手机打开当前页",
  "发布时间:2025-03-25", "关于2024年法治政府建设情况的报告", "**省", "国绕", "😀", "\ud800", "\u200b",
];
const reportLike = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(""));

function checkInside(text: string) {
  const result = lint(text, { config: { extends: "all" } });
  for (const d of result.diagnostics) {
    expect(d.span[0]).toBeGreaterThanOrEqual(0);
    expect(d.span[0]).toBeLessThanOrEqual(d.span[1]);
    expect(d.span[1]).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBe(d.span[0]);
    expect(d.range.end.offset).toBe(d.span[1]);
    expect(d.ruleId).not.toBe("reportlint/internal");
  }
}

describe("lint on any input", () => {
  it("never throws and keeps ranges inside the text (arbitrary strings)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), checkInside), { numRuns: 300 });
  });
  it("never throws and keeps ranges inside the text (binary-ish strings)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkInside), { numRuns: 300 });
  });
  it("never throws and keeps ranges inside the text (report-like strings)", () => {
    fc.assert(fc.property(reportLike, checkInside), { numRuns: 500 });
  });
});
