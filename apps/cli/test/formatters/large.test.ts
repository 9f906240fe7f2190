import type { Diagnostic } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, loadFormatter, stringWidth, type FileResult } from "../../src/index.js";

/** One line "甲）甲）…" of 2n characters with a finding on every ）. */
function manyFindings(n: number): FileResult {
  const messages: Diagnostic[] = Array.from({ length: n }, (_, k) => {
    const offset = 2 * k + 1;
    return {
      ruleId: "unpaired-punctuation",
      severity: "error",
      messageId: "unopened",
      data: {},
      message: "「）」前面没有对应的「（」",
      span: [offset, offset + 1],
      range: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } },
    };
  });
  return { filePath: "/work/a.txt", messages, source: "甲）".repeat(n), errorCount: n, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

const context = { cwd: "/work", color: false, columns: 80, rules, locale: "zh" as const, version: "0.0.0" };

// The issue-13 probe's shape: a long line full of findings. The time is in `pnpm bench:worst`; here:
// no call-stack overflow (Math.max(...findings) overflowed past ~125,000), frames cut to the width.
describe("many findings on one long line", () => {
  it("prints 150,000 findings in stylish, each code frame within the width", async () => {
    const out = (await loadFormatter("stylish"))([manyFindings(150_000)], context);
    const frames = out.split("\n").filter((l) => l.startsWith("    1 | "));
    expect(frames).toHaveLength(150_000);
    for (const f of [frames[0]!, frames[75_000]!, frames.at(-1)!]) expect(stringWidth(f)).toBeLessThanOrEqual(80);
    expect(frames[0]).toMatch(/^ {4}1 \| 甲）[甲）]+…$/u);
    expect(frames[75_000]).toMatch(/^ {4}1 \| …[甲）]+…$/u);
    expect(frames.at(-1)).toMatch(/^ {4}1 \| …[甲）]+甲）$/u);
  }, 120_000);

  it("prints every format for a line of 10,000 findings", async () => {
    for (const name of FORMAT_NAMES) {
      const out = (await loadFormatter(name))([manyFindings(10_000)], context);
      expect([name, out.includes("1")]).toEqual([name, true]);
    }
  });
});
