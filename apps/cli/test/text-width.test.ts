import { describe, expect, it } from "vitest";
import { codePointWidth, stringWidth } from "../src/index.js";

describe("text width", () => {
  it.each([
    ["abc 123", 7],
    ["国务院", 6],
    ["，。；：（）", 12],
    ["１２ＡＢ", 8],
    ["\u3000", 2],
    ["“”‘’…·", 6],
    ["e\u0301", 1],
    ["a\u200bb", 2],
    ["𠀀", 2],
    ["한글", 4],
    ["", 0],
  ])("%j is %i columns", (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });

  it("gives control characters no width", () => {
    expect(codePointWidth(0x07)).toBe(0);
    expect(codePointWidth(0x9b)).toBe(0);
  });
});
