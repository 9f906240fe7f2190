// A report profile written in the config file: applied, shown by --print-config, selectable with
// --profile, and a bad one is one clear line naming the file and the field.
import { describe, expect, it } from "vitest";
import { rules } from "@reportlint/rules";
import { cli, put, tempDir } from "./helpers.js";

const config = {
  rules: { "required-sections": "error" },
  profiles: {
    "work-summary": {
      name: { zh: "年度工作总结", en: "annual work summary" },
      titlePatterns: ["年度?工作总结$"],
      parts: [
        { id: "achievements", name: { zh: "主要工作和成效" }, headingPatterns: ["成效", "主要工作"], untitled: true, basis: "《关于报送年度工作总结的通知》" },
        { id: "problems", name: { zh: "存在的问题" }, headingPatterns: ["问题", "不足"], basis: "《关于报送年度工作总结的通知》" },
        { id: "plan", name: { zh: "下一年度工作计划" }, headingPatterns: ["下一?年", "计划"], basis: "《关于报送年度工作总结的通知》" },
      ],
    },
  },
};
const SUMMARY = "某局2024年度工作总结\n一、主要工作\n全年办结案件15件。\n二、存在的问题\n人员不足。\n";

function project(cfg: unknown = config) {
  const dir = tempDir();
  put(dir, "reportlint.config.json", JSON.stringify(cfg, null, 2));
  put(dir, "r.txt", SUMMARY);
  return dir;
}

describe("profiles in the config file", () => {
  it("a profile guessed from its title is applied", async () => {
    const r = await cli(["-f", "json", "r.txt"], { cwd: project(), rules });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; line: number }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.line])).toEqual([["required-sections", 1]]);
    expect(result!.messages[0]!.message).toContain("下一年度工作计划");
  });

  it("--profile selects a profile the config defines", async () => {
    const dir = project();
    // The title matches no profile: without --profile the built-in guess from the headings is not
    // sure enough for an error.
    put(dir, "other.txt", "某局情况汇报\n一、主要工作\n全年办结案件15件。\n二、存在的问题\n人员不足。\n");
    expect((await cli(["other.txt"], { cwd: dir, rules })).code).toBe(0);
    const r = await cli(["--profile", "work-summary", "-f", "json", "other.txt"], { cwd: dir, rules });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[];
    // report-title also asks this title for a year and the report's name; the parts are what is tested here.
    const parts = result!.messages.filter((m) => m.ruleId === "required-sections");
    expect(parts.map((m) => m.message)).toEqual([expect.stringContaining("下一年度工作计划")]);
    expect((await cli(["--profile", "nope", "r.txt"], { cwd: dir, rules })).stderr).toBe(
      'reportlint: --profile: unknown profile "nope" (known: fazhi-annual, zhengwu-gongkai-annual, work-summary)\n',
    );
  });

  it("--print-config shows the profiles", async () => {
    const r = await cli(["--print-config", "r.txt"], { cwd: project(), rules });
    const printed = JSON.parse(r.stdout) as { profiles: Record<string, { id: string; parts: unknown[] }> };
    expect(printed.profiles["work-summary"]).toMatchObject({ id: "work-summary" });
    expect(printed.profiles["work-summary"]!.parts).toHaveLength(3);
  });

  it("a bad profile is one line naming the file and the path of the bad field, exit 2", async () => {
    const bad = structuredClone(config);
    bad.profiles["work-summary"].parts[1]!.headingPatterns = ["问题", "(不足"];
    const r = await cli(["r.txt"], { cwd: project(bad), rules });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reportlint: reportlint\.config\.json: 配置有误："profiles\.work-summary\.parts\.1\.headingPatterns\.1": not a valid regular expression/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the config's profile id must be defined", async () => {
    const r = await cli(["r.txt"], { cwd: project({ ...config, profile: "summary" }), rules });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown profile "summary" (known: fazhi-annual, zhengwu-gongkai-annual, work-summary)');
  });
});
