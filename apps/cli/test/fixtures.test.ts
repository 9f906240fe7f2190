import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "./helpers.js";

describe("real reports", () => {
  it.each(["seeds", "corpus"] as const)("reads and lints every %s report with the built-in rules without an input error", async (set) => {
    const files = fixtureNames(set).map((name: string) => fixturePath(set, name));
    expect(files.length).toBeGreaterThan(0);
    const r = await cli(["-f", "json", "--today", "2026-01-15", ...files], { cwd: tempDir(), rules });
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { fatal?: boolean; line: number; column: number }[] }[];
    expect(results.map((x) => x.filePath)).toEqual(files);
    for (const result of results) {
      for (const m of result.messages) {
        expect(m.fatal).toBeUndefined();
        expect(m.line).toBeGreaterThanOrEqual(1);
        expect(m.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
