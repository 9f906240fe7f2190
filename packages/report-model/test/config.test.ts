import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigSchema, configJsonSchema } from "../src/index.js";

describe("ConfigSchema", () => {
  it("accepts the documented shapes", () => {
    const config = {
      extends: ["recommended"],
      rules: { "heading-sequence": "warn", "web-boilerplate": ["error", {}], "unpaired-punctuation": 0 },
      profile: "fazhi-annual",
      reportYear: 2024,
      locale: "en",
    };
    expect(ConfigSchema.parse(config)).toEqual(config);
  });

  it("rejects unknown keys and bad levels", () => {
    expect(ConfigSchema.safeParse({ rule: {} }).success).toBe(false);
    expect(ConfigSchema.safeParse({ rules: { x: "loud" } }).success).toBe(false);
    expect(ConfigSchema.safeParse({ reportYear: "2024" }).success).toBe(false);
  });
});

describe("profiles in a config", () => {
  const part = { id: "plan", name: { zh: "下一年度工作计划" }, headingPatterns: ["计划"], basis: "" };
  const profile = { name: { zh: "年度工作总结" }, titlePatterns: ["工作总结"], parts: [part] };

  it("accepts a profile written as data, filling in the defaults", () => {
    const parsed = ConfigSchema.parse({ profile: "work-summary", profiles: { "work-summary": profile } });
    expect(parsed.profiles?.["work-summary"]).toMatchObject({ deadlines: [], parts: [{ presence: "required" }] });
  });

  it("rejects invalid regular expressions with the path of the field", () => {
    const result = ConfigSchema.safeParse({ profiles: { x: { ...profile, parts: [{ ...part, bodyPatterns: ["(原因"] }] } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["profiles", "x", "parts", 0, "bodyPatterns", 0] });
    expect(result.error?.issues[0]?.message).toMatch(/^not a valid regular expression: /);
  });

  it("rejects misspelt fields, duplicate part ids and a bodyIn naming no part", () => {
    expect(ConfigSchema.safeParse({ profiles: { x: { ...profile, part: [] } } }).success).toBe(false);
    expect(ConfigSchema.safeParse({ profiles: { x: { ...profile, parts: [{ ...part, heading: "计划" }] } } }).success).toBe(false);
    const twice = ConfigSchema.safeParse({ profiles: { x: { ...profile, parts: [part, part] } } });
    expect(twice.error?.issues[0]).toMatchObject({ path: ["profiles", "x", "parts", 1, "id"] });
    const owner = ConfigSchema.safeParse({ profiles: { x: { ...profile, parts: [{ ...part, bodyIn: "problems" }] } } });
    expect(owner.error?.issues[0]).toMatchObject({ path: ["profiles", "x", "parts", 0, "bodyIn"] });
  });
});

describe("config JSON Schema", () => {
  it("is up to date in schema/config.schema.json (run `pnpm --filter @reportlint/report-model schema`)", () => {
    const file = JSON.parse(readFileSync(new URL("../schema/config.schema.json", import.meta.url), "utf8")) as unknown;
    expect(file).toEqual(configJsonSchema());
  });
  it("describes the rules map for editor completion", () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["extends", "rules", "profile", "profiles", "reportYear", "locale"]),
    );
  });
});
