// The settings the page exports as reportlint.config.json: only what differs from the defaults, in
// a shape the CLI's config schema and resolveConfig accept.
import { resolveConfig } from "@reportlint/core";
import { ConfigSchema } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
import { toConfig } from "../src/config.js";

const base = { rules: {}, today: "2025-06-01", locale: "zh" as const };

describe("toConfig", () => {
  it("is empty for the default settings: the recommended rules, year and profile read from the text", () => {
    expect(toConfig(base)).toEqual({});
    expect(resolveConfig(toConfig(base), rules)).toEqual(resolveConfig({}, rules));
  });

  it("writes the year, the profile and the rule levels set, rules sorted, never the date or the language", () => {
    const config = toConfig({ ...base, locale: "en", reportYear: 2024, profile: "fazhi-annual", rules: { "report-title": "off", "cjk-spacing": "error" } });
    expect(JSON.stringify(config)).toBe('{"reportYear":2024,"profile":"fazhi-annual","rules":{"cjk-spacing":"error","report-title":"off"}}');
    expect(ConfigSchema.strict().safeParse(config).success).toBe(true);
    const resolved = resolveConfig(config, rules);
    expect(resolved.rules["report-title"]).toBeUndefined();
    expect(resolved).toMatchObject({ reportYear: 2024, profile: "fazhi-annual", locale: "zh" });
  });
});
