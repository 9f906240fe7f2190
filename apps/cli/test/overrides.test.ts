// `overrides` in a config file: settings for some files only (what the editor's "disable this rule
// for this file" writes).
import { describe, expect, it } from "vitest";
import { cli, put, tempDir, testRules } from "./helpers.js";

function project(config: unknown) {
  const dir = tempDir();
  put(dir, ".git/HEAD", "");
  put(dir, "reportlint.config.json", JSON.stringify(config));
  put(dir, "甲.txt", "国绕中心工作，错误\n");
  put(dir, "sub/乙.txt", "国绕中心工作，错误\n");
  return dir;
}

const ruleIds = (stdout: string) =>
  (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[]).map((r) => [r.filePath.slice(r.filePath.lastIndexOf("/") + 1), r.messages.map((m) => m.ruleId)]);

describe("overrides", () => {
  it("turns a rule off for the files a block names and for no other", async () => {
    const dir = project({ overrides: [{ files: "甲.txt", rules: { typo: "off" } }] });
    const r = await cli(["-f", "json", "甲.txt", "sub/乙.txt"], { cwd: dir, rules: testRules });
    expect(ruleIds(r.stdout)).toEqual([
      ["甲.txt", ["bad-word"]],
      ["乙.txt", ["typo", "bad-word"]],
    ]);
  });

  it("matches paths relative to the config's folder, later blocks winning", async () => {
    const dir = project({
      overrides: [
        { files: ["sub/**"], rules: { typo: "off", "bad-word": "off" } },
        { files: "乙.txt", rules: { "bad-word": "warn" } },
      ],
    });
    const r = await cli(["-f", "json", "甲.txt", "sub/乙.txt"], { cwd: dir, rules: testRules });
    expect(ruleIds(r.stdout)).toEqual([
      ["甲.txt", ["typo", "bad-word"]],
      ["乙.txt", ["bad-word"]],
    ]);
    expect(JSON.parse(r.stdout)[1].messages[0].severity).toBe(1);
  });

  it("a malformed block is a config error naming the field, exit 2", async () => {
    const dir = project({ overrides: [{ files: [], rules: { typo: "off" } }] });
    const r = await cli(["甲.txt"], { cwd: dir, rules: testRules });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("reportlint.config.json");
    expect(r.stderr).toContain("overrides");
  });
});
