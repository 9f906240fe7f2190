import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir } from "../helpers.js";

describe("json", () => {
  it("has ESLint's shape, with fixes, suggestions, data and details", async () => {
    const dir = tempDir();
    const text = "国绕，某县，合计。\n";
    put(dir, "a.txt", text);
    const r = await cli(["-f", "json", "a.txt"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        filePath: join(dir, "a.txt"),
        messages: [
          {
            ruleId: "typo",
            severity: 1,
            message: "“国绕”应为“围绕”",
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 3,
            fix: { range: [0, 2], text: "围绕" },
            messageId: "wrong",
            data: { found: "国绕", expected: "围绕" },
          },
          {
            ruleId: "placeholder",
            severity: 1,
            message: "残留占位符“某县”",
            line: 1,
            column: 4,
            endLine: 1,
            endColumn: 6,
            suggestions: [{ messageId: "use", desc: "改为“本县”", fix: { range: [3, 5], text: "本县" } }],
            messageId: "left",
          },
          {
            ruleId: "sum",
            severity: 2,
            message: "分项之和与合计不符",
            line: 1,
            column: 7,
            endLine: 1,
            endColumn: 9,
            messageId: "mismatch",
            details: { expression: "1 + 2 = 3 ≠ 4" },
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 2,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        source: text,
        usedDeprecatedRules: [],
      },
    ]);
  });

  it("prints one JSON document and nothing else, also with no files to report", async () => {
    const dir = tempDir();
    put(dir, "a.txt", "一切正常。\n");
    const r = await cli(["-f", "json", "a.txt"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ messages: [], errorCount: 0 })]);
    expect(JSON.parse(r.stdout)[0].source).toBeUndefined();
  });
});
