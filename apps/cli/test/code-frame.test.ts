import { describe, expect, it } from "vitest";
import { codeFrame, stringWidth } from "../src/index.js";

function rangeOf(text: string, start: number, end: number) {
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const lines = before.split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines.at(-1)!.length + 1, offset };
  };
  return { start: pos(start), end: pos(end) };
}

describe("codeFrame", () => {
  it("shows the whole line when it fits, with the caret under the span", () => {
    const text = "第一行\r\n一、国绕中心\r\n";
    const f = codeFrame(text, rangeOf(text, 7, 9));
    expect(f).toMatchObject({ line: 2, text: "一、国绕中心", underline: "    ^^^^" });
  });

  it("cuts a long line around the span and marks the cuts", () => {
    const text = `${"前".repeat(100)}错误${"后".repeat(100)}`;
    const f = codeFrame(text, rangeOf(text, 100, 102), 40);
    expect(f.text.startsWith("…")).toBe(true);
    expect(f.text.endsWith("…")).toBe(true);
    expect(stringWidth(f.text)).toBeLessThanOrEqual(40);
    expect(f.text.slice(f.underline.indexOf("^") / 2 + 1)).toMatch(/^错误/);
    expect(f.underline.trim()).toBe("^^^^");
  });

  it("shortens a span wider than the window", () => {
    const text = "错".repeat(200);
    const f = codeFrame(text, rangeOf(text, 0, 200), 30);
    expect(stringWidth(f.text)).toBeLessThanOrEqual(30);
    expect(f.text.endsWith("…")).toBe(true);
  });

  it("underlines to the end of the line for a span over several lines", () => {
    const text = "甲乙丙\n丁戊";
    expect(codeFrame(text, rangeOf(text, 1, 6)).underline).toBe("  ^^^^");
  });

  it("puts one caret for an empty span at the end of a line", () => {
    const text = "甲乙\n";
    expect(codeFrame(text, rangeOf(text, 2, 2))).toMatchObject({ text: "甲乙", underline: "    ^" });
  });

  it("makes tabs, controls and zero-width characters visible", () => {
    const text = "甲\t乙\u200b丙\u0007";
    const f = codeFrame(text, rangeOf(text, 3, 4));
    expect(f.text).toBe("甲  乙<U+200B>丙\u2407");
    expect(f.underline).toBe("      ^^^^^^^^");
  });
});
