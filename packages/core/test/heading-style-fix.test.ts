// heading-style's safe fix is idempotent: after one round of fixes the rule finds nothing more, and
// only marker characters changed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyFixes, lint } from "../src/index.js";

const config = { rules: { "heading-style": "warning" as const } };
const cn = [..."一二三四五六七八九十"];
// One heading line per entry: a numbering style and a number.
const styles = [
  (n: number) => `（${cn[n - 1]}）`,
  (n: number) => `(${cn[n - 1]})`,
  (n: number) => `（${cn[n - 1]}）、`,
  (n: number) => `${cn[n - 1]}、`,
  (n: number) => `${cn[n - 1]}.`,
  (n: number) => `${cn[n - 1]}、`,
  (n: number) => `${cn[n - 1]}.`,
  (n: number) => `${n})`,
  (n: number) => `${cn[n - 1]}、`,
  (n: number) => `${cn[n - 1]}.`,
  (n: number) => `${n}.`,
  (n: number) => `${n}、`,
  (n: number) => `${n}．`,
  (n: number) => `（${n}）`,
  (n: number) => `(${n})`,
  (n: number) => `${n}）`,
];
const report = fc
  .array(fc.tuple(fc.integer({ min: 0, max: styles.length - 1 }), fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 14 })
  .map((lines) => lines.map(([style, n]) => `${styles[style]!(n)}加强工作`).join("\n"));

const headingStyle = (text: string) => lint(text, { config }).diagnostics.filter((d) => d.ruleId === "heading-style");

describe("heading-style fix", () => {
  it("leaves nothing to fix after one round, and keeps every line's text", () => {
    fc.assert(
      fc.property(report, (text) => {
        const fixed = applyFixes(text, headingStyle(text).flatMap((d) => (d.fix ? [d.fix] : []))).output;
        expect(headingStyle(fixed)).toEqual([]);
        expect(fixed.split("\n").map((line) => line.replace(/^[^加]*/u, ""))).toEqual(text.split("\n").map((line) => line.replace(/^[^加]*/u, "")));
      }),
      { numRuns: 200 },
    );
  });
});
