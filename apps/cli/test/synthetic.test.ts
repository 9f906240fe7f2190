// The three synthetic reports of tooling/fixtures/reports/synthetic: one clean, one with every
// structural defect, one with every time defect. Their diagnostics are pinned exactly (rule, message,
// severity and position), so any change in what the structure and time rules say about a whole
// report shows up here.
import { readFileSync } from "node:fs";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers.js";

interface Expected {
  readonly files: Record<string, { options: { today: string; published?: string }; diagnostics: Record<string, unknown>[] }>;
}
const expected = JSON.parse(readFileSync(fixturePath("synthetic", "expected.json"), "utf8")) as Expected;

describe("synthetic reports", () => {
  it("every synthetic report has its expectation", () => {
    expect(Object.keys(expected.files).sort()).toEqual(fixtureNames("synthetic"));
  });

  it.each(Object.entries(expected.files))("%s gives exactly its expected diagnostics", async (name, { options, diagnostics }) => {
    const path = fixturePath("synthetic", name);
    const argv = ["-f", "json", "--today", options.today, ...(options.published ? ["--published", options.published] : []), path];
    const r = await cli(argv, { cwd: tempDir(), rules });
    expect(r.stderr).toBe("");
    const lines = readFileSync(path, "utf8").split("\n");
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; severity: number; messageId: string; line: number; column: number; endLine: number; endColumn: number }[] }[];
    const got = result!.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      messageId: m.messageId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      words: m.line === m.endLine ? lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1) : null,
    }));
    expect(got).toEqual(diagnostics);
  });
});
