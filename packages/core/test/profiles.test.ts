// Profiles written in a config: validated, resolved, chosen by id or by title, and applied.
import { describe, expect, it } from "vitest";
import type { Config } from "@reportlint/report-model";
import { ConfigError, lint, resolveConfig, resolveProfile } from "../src/index.js";

/** A 年度工作总结 profile, as an office would write it in its config. */
const workSummary = {
  name: { zh: "年度工作总结", en: "annual work summary" },
  titlePatterns: ["年度?工作总结$"],
  parts: [
    { id: "achievements", name: { zh: "主要工作和成效" }, headingPatterns: ["成效", "主要工作"], untitled: true, basis: "《关于报送年度工作总结的通知》" },
    { id: "problems", name: { zh: "存在的问题" }, headingPatterns: ["问题", "不足"], basis: "《关于报送年度工作总结的通知》" },
    { id: "plan", name: { zh: "下一年度工作计划" }, headingPatterns: ["下一?年", "计划"], synonyms: ["明年打算"], basis: "《关于报送年度工作总结的通知》", wording: "下一年度工作计划" },
  ],
} as const;
const only: Config = { extends: [], rules: { "required-sections": "error" }, profiles: { "work-summary": workSummary as unknown as NonNullable<Config["profiles"]>[string] } };

const SUMMARY = ["某局2024年度工作总结", "一、主要工作", "全年办结案件15件。", "二、存在的问题", "人员不足。"].join("\n");

describe("profiles written in a config", () => {
  it("are resolved with their ids", () => {
    const resolved = resolveConfig(only);
    expect(resolved.profiles["work-summary"]).toMatchObject({ id: "work-summary", name: { zh: "年度工作总结" } });
    expect(resolved.profiles["work-summary"]!.parts[0]!.presence).toBe("required");
    expect(resolveConfig({}).profiles).toEqual({});
  });

  it("are guessed from their title patterns and applied by required-sections", () => {
    const result = lint(SUMMARY, { config: only });
    expect(result.report.meta).toMatchObject({ profile: "work-summary", profileSource: "guessed" });
    expect(result.diagnostics.map((d) => [d.messageId, d.data.part, d.severity])).toEqual([["missing", "下一年度工作计划", "error"]]);
    expect(result.diagnostics[0]!.message).toContain("《关于报送年度工作总结的通知》要求报告“下一年度工作计划”");
  });

  it("a synonym covers a part", () => {
    const text = `${SUMMARY}\n三、明年打算\n继续推进。`;
    expect(lint(text, { config: only }).diagnostics).toEqual([]);
  });

  it("are chosen by id in `profile`, and the built-in ones still work", () => {
    const report = lint("某局年度情况\n一、主要工作\n办结5件。", { config: [only, { profile: "work-summary" }] }).report;
    expect(report.meta).toMatchObject({ profile: "work-summary", profileSource: "option" });
    const fazhi = lint("某局2024年法治政府建设情况报告\n一、主要举措和成效\n办结5件。", { config: only });
    expect(fazhi.report.meta.profile).toBe("fazhi-annual");
    expect(resolveProfile(fazhi.report, resolveConfig(only)).profile.id).toBe("fazhi-annual");
  });

  it("a later config replaces a profile of the same id", () => {
    const renamed = { ...workSummary, name: { zh: "工作总结" } };
    const resolved = resolveConfig([only, { profiles: { "work-summary": renamed as unknown as NonNullable<Config["profiles"]>[string] } }]);
    expect(resolved.profiles["work-summary"]!.name.zh).toBe("工作总结");
  });

  it("an invalid regular expression is a config error naming the field", () => {
    const bad = { profiles: { x: { ...workSummary, titlePatterns: ["(工作总结"] } } } as unknown as Config;
    expect(() => resolveConfig(bad)).toThrow(ConfigError);
    expect(() => resolveConfig(bad)).toThrow(/^"profiles\.x\.titlePatterns\.0": not a valid regular expression/);
  });

  it("a misspelt field or a part without any way to find it is a config error", () => {
    const typo = { profiles: { x: { ...workSummary, part: [] } } } as unknown as Config;
    expect(() => resolveConfig(typo)).toThrow(/profiles\.x/);
    const blind = { profiles: { x: { ...workSummary, parts: [{ id: "a", name: { zh: "甲" }, headingPatterns: [], basis: "" }] } } } as unknown as Config;
    expect(() => resolveConfig(blind)).toThrow(/^"profiles\.x\.parts\.0\.headingPatterns": give at least one heading pattern or synonym/);
  });
});
