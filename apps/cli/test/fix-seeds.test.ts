// --fix over copies of the five seeds: afterwards no safe-fixable finding is left, and the number and
// structure rules find the same things as before (fixes touch typography, never the substance).
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { lintWith } from "./builtin-run.js";
import { tempDir } from "./helpers.js";

const NUMBER_RULES = ["sum-mismatch", "part-exceeds-total", "rate-mismatch", "impossible-percentage", "xxgk-table-identities", "xxgk-prose-vs-table"];
const STRUCTURE_RULES = ["required-sections", "heading-sequence", "enumeration-sequence", "report-title"];
const KEPT = new Set([...NUMBER_RULES, ...STRUCTURE_RULES]);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; fix?: unknown }[];
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** A message with the typography a fix may change (width of punctuation, blanks) taken out. */
const normalized = (message: string) =>
  message.replace(/[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/gu, "").replace(/[，；：（）？！]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const substance = (results: JsonResult[]) =>
  results.map((r) => ({
    file: r.filePath.split("/").at(-1),
    findings: r.messages.filter((m) => KEPT.has(m.ruleId)).map((m) => `${m.line} ${m.ruleId} ${m.severity} ${normalized(m.message)}`),
  }));

describe("--fix over the seeds", () => {
  it("leaves no safe-fixable finding and the same number and structure findings", async () => {
    const dir = tempDir();
    const files = fixtureNames("seeds").map((name) => {
      copyFileSync(fixturePath("seeds", name), join(dir, name));
      return name;
    });
    const json = async () => JSON.parse((await lintWith(["--no-config-lookup", "--format", "json", ...files], dir)).stdout) as JsonResult[];
    const before = await json();
    expect(before.some((r) => r.fixableWarningCount + r.fixableErrorCount > 0)).toBe(true);
    await lintWith(["--no-config-lookup", "--fix", ...files], dir);
    const after = await json();
    for (const r of after) expect({ file: r.filePath, fixable: r.fixableErrorCount + r.fixableWarningCount }).toEqual({ file: r.filePath, fixable: 0 });
    expect(substance(after)).toEqual(substance(before));
    // What the fixes did to one seed, by example.
    const fixed = readFileSync(join(dir, "county-hrss-2022.txt"), "utf8");
    expect(fixed).toContain("现将我局2022年度法治建设情况报告如下");
    expect(fixed).toContain("仲裁裁决结案46件（其中一裁终局42件）");
  });
});
