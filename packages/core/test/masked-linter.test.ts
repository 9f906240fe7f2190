import { describe, expect, it } from "vitest";
import { createMaskedLinter } from "../src/index.js";

// A mask that blanks everything between [[ and ]] (a stand-in for Markdown syntax).
const mask = (text: string) => text.replace(/\[\[[^\]]*\]\]/g, (m) => " ".repeat(m.length));

describe("createMaskedLinter", () => {
  it("lets rules see the masked text, keeps offsets, and judges findings against the last text linted", () => {
    const text = "一、工作\n二、问题\n二、计划\n[[一、注释]]\n";
    const linter = createMaskedLinter(mask, { today: "2026-12-01" });
    const findings = linter.lintText(text).diagnostics.filter((d) => d.ruleId === "heading-sequence");
    // The masked 一、 is no heading: only the repeated 二、 is reported, at its place in the text.
    expect(findings.map((d) => text.slice(...d.span))).toEqual(["二、计划"]);
    const onMask = { ...findings[0]!, span: [text.indexOf("[["), text.indexOf("]]") + 2] as [number, number] };
    expect(linter.aboutUnmasked(findings[0]!)).toBe(true);
    expect(linter.aboutUnmasked(onMask)).toBe(false);
    const fixOnMask = { ...findings[0]!, fix: { span: onMask.span, text: "" } };
    expect(linter.withUnmaskedFixes(fixOnMask).fix).toBeUndefined();
  });

  it("without a mask lints the text as it is and keeps every finding and fix", () => {
    const linter = createMaskedLinter(undefined, { today: "2026-12-01" });
    const [d] = linter.lintText("一、工作\n二、问题\n二、计划\n").diagnostics.filter((x) => x.ruleId === "heading-sequence");
    const withFix = { ...d!, fix: { span: [0, 1] as [number, number], text: "x" } };
    expect(linter.aboutUnmasked(d!)).toBe(true);
    expect(linter.withUnmaskedFixes(withFix)).toBe(withFix);
  });
});
