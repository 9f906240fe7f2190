import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, put, tempDir } from "../helpers.js";

interface SarifRun {
  columnKind: string;
  tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } };
  results: unknown[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
}

async function format(name: string, files: Record<string, string | Uint8Array>, ...extra: string[]) {
  const dir = tempDir();
  for (const [path, content] of Object.entries(files)) put(dir, path, content);
  return { dir, ...(await cli(["-f", name, ...extra, ...Object.keys(files)], { cwd: dir })) };
}

describe("unix", () => {
  it("prints path:line:column: message [Severity/rule]", async () => {
    const { dir, stdout } = await format("unix", { "a.txt": "首行\n国绕，错误。\n" });
    expect(stdout).toBe(
      `${join(dir, "a.txt")}:2:1: “国绕”应为“围绕” [警告/typo]\n${join(dir, "a.txt")}:2:4: 不应出现“错误” [错误/bad-word]\n\n共 2 个问题\n`,
    );
  });
});

describe("github", () => {
  it("prints workflow commands with escaped properties and relative paths", async () => {
    const { stdout } = await format("github", { "dir,1/a:b.txt": "国绕，错误。\n", "c.txt": "注意\n" }, "--include-info");
    expect(stdout.split("\n")).toEqual([
      "::warning file=dir%2C1/a%3Ab.txt,line=1,col=1,endLine=1,endColumn=3,title=typo::“国绕”应为“围绕”",
      "::error file=dir%2C1/a%3Ab.txt,line=1,col=4,endLine=1,endColumn=6,title=bad-word::不应出现“错误”",
      "::notice file=c.txt,line=1,col=1,endLine=1,endColumn=3,title=note::提示：年度 none，今天 2025-03-31",
      "",
    ]);
  });
});

describe("sarif", () => {
  it("is SARIF 2.1.0 with rule metadata, UTF-16 columns, regions, fixes and read failures", async () => {
    const { stdout, code } = await format("sarif", { "sub/报告.txt": "第一行\r\n国绕，错误。\n", "bin.txt": Uint8Array.from([0, 1, 2]) });
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as { version: string; runs: SarifRun[] };
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver.name).toBe("reportlint");
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    const typoRule = run.tool.driver.rules[ids.indexOf("typo")]!;
    expect(typoRule).toMatchObject({ shortDescription: { text: "错别字" }, defaultConfiguration: { level: "warning" } });
    expect(typoRule.helpUri).toMatch(/typo\.md$/);
    expect(run.results).toHaveLength(2);
    expect(run.results[0]).toMatchObject({
      ruleId: "typo",
      ruleIndex: ids.indexOf("typo"),
      level: "warning",
      message: { text: "“国绕”应为“围绕”" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "sub/%E6%8A%A5%E5%91%8A.txt", uriBaseId: "%SRCROOT%" },
            region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 3 },
          },
        },
      ],
      fixes: [{ artifactChanges: [{ replacements: [{ deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 3 }, insertedContent: { text: "围绕" } }] }] }],
    });
    expect(run.results[1]).toMatchObject({ ruleId: "bad-word", level: "error" });
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications[0]).toMatchObject({ level: "error", message: { text: "这是二进制文件，不是文本报告" } });
  });
});
