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

describe("config JSON Schema", () => {
  it("is up to date in schema/config.schema.json (run `pnpm --filter @reportlint/report-model schema`)", () => {
    const file = JSON.parse(readFileSync(new URL("../schema/config.schema.json", import.meta.url), "utf8")) as unknown;
    expect(file).toEqual(configJsonSchema());
  });
  it("describes the rules map for editor completion", () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["extends", "rules", "profile", "reportYear", "locale"]),
    );
  });
});
