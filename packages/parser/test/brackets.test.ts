import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexMarks, matchBrackets, matchMarks } from "../src/brackets.js";
import { foldTraditional } from "../src/fold.js";

// Marks, near-marks and filler: every opener and closer, ideographs, ASCII and a supplementary character.
const ALPHABET = [..."（）()“”‘’「」『』《》〈〉【】〔〕[]［］一是。，a1 "].concat(["𠀀"]);

describe("bracket marks found once per text", () => {
  it("match any range exactly as matching the range alone does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        (chars, a, b) => {
          const text = chars.join("");
          const start = text.length === 0 ? 0 : a % (text.length + 1);
          const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
          expect(matchMarks(indexMarks(text), start, end)).toEqual(matchBrackets(text, start, end));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("finds every mark of the text in order", () => {
    expect(indexMarks("（一）“是”a[1]。").at).toEqual([0, 2, 3, 5, 7, 9]);
  });
});

describe("bracket marks of a folded copy", () => {
  it("are the marks of the text: folding changes no mark and makes none", () => {
    const marks = "（）()“”‘’「」『』《》〈〉【】〔〕[]［］";
    for (const m of marks) expect(foldTraditional(m)).toBe(m);
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      const folded = foldTraditional(s);
      if (folded !== s) expect(marks.includes(folded)).toBe(false);
    }
  });
});
