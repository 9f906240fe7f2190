// Fix guarantees on any report-like text: a fix changes only its own range, --fix is idempotent, and
// fixing never adds or drops a Chinese character or a digit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules as builtin } from "@reportlint/rules";
import { applyFixes, fixUntilStable, lint, type LintResult } from "../src/index.js";

const fragments = [
  "一、", "（一）", "(二)", "1.", "2、", "（3）", "\n", "\r\n", "\u00a0", "\u3000", "\u3000\u3000", " ", "  ", "\t",
  "\u200b", "\u200d", "\ufeff", "。", "；", "，", ",", ";", ":", "(", ")", "?", "!", "（", "）", "《", "》",
  "2024年", "2022 年度", "材料 1500 余份", "8 -10月", "15 件", "为 100%", "1,204", "10:30", "3:1",
  "受理67件", "(裁决21件、线下调解27件)", "APP", "http://www.example.gov.cn", "国绕", "我局", "依法行政",
  "吗?", "干!", "😀", "👨\u200d👩",
];
const reportLike = fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join(""));

const TYPOGRAPHY = ["cjk-spacing", "punctuation-width", "invisible-chars"];
const typographyOnly = { rules: Object.fromEntries(TYPOGRAPHY.map((id) => [id, builtin[id as keyof typeof builtin]])) };
const lintAll = (text: string): LintResult => lint(text, { config: { extends: "all" } });
const safeFixes = (r: LintResult) => r.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
const fixAll = (text: string) => fixUntilStable(text, lintAll, (r) => r.diagnostics, "safe").output;
/** Chinese characters and digits: what a fix must never add or drop. */
const counted = (text: string) => [...text.matchAll(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9０-９]/gu)].map((m) => m[0]).join("");

describe("fix guarantees", () => {
  it("a fix changes only the characters inside its range, and changes something", () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        for (const d of lintAll(text).diagnostics) {
          if (!d.fix) continue;
          const [start, end] = d.fix.span;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(d.fix.text).not.toBe(text.slice(start, end));
          const { output } = applyFixes(text, [d.fix]);
          expect(output.slice(0, start)).toBe(text.slice(0, start));
          expect(output.slice(start + d.fix.text.length)).toBe(text.slice(end));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the fixes of one rule never overlap", () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const byRule = new Map<string, [number, number][]>();
        for (const d of lintAll(text).diagnostics) if (d.fix) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), d.fix.span]);
        for (const spans of byRule.values()) {
          spans.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("applying the typography fixes once leaves none of them behind", () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const once = applyFixes(text, safeFixes(lint(text, typographyOnly))).output;
        expect(safeFixes(lint(once, typographyOnly))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("--fix twice gives the same text as --fix once", () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const once = fixAll(text);
        expect(fixAll(once)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it("--fix never adds or drops a Chinese character or a digit", () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        expect(counted(fixAll(text))).toBe(counted(text));
      }),
      { numRuns: 200 },
    );
  });
});
