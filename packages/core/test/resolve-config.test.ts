import { describe, expect, it } from "vitest";
import { ConfigError, resolveConfig } from "../src/index.js";

describe("resolveConfig", () => {
  it("starts from the recommended preset when nothing extends", () => {
    const config = resolveConfig({});
    expect(config.rules["heading-sequence"]).toEqual({ severity: "error", options: {} });
    expect(config.locale).toBe("zh");
  });

  it("accepts words and numbers for levels, later configs winning", () => {
    const config = resolveConfig([
      { rules: { "heading-sequence": "warn", "web-boilerplate": 2 } },
      { rules: { "heading-sequence": ["info"], "unpaired-punctuation": 0 }, locale: "en", reportYear: 2024 },
    ]);
    expect(config.rules["heading-sequence"]?.severity).toBe("info");
    expect(config.rules["web-boilerplate"]?.severity).toBe("error");
    expect(config.rules["unpaired-punctuation"]).toBeUndefined();
    expect(config.locale).toBe("en");
    expect(config.reportYear).toBe(2024);
  });

  it("turns every rule on with the all preset and none with an empty extends", () => {
    expect(Object.keys(resolveConfig({ extends: "all" }).rules).length).toBeGreaterThanOrEqual(3);
    expect(resolveConfig({ extends: [] }).rules).toEqual({});
  });

  it("names the unknown rule, preset or setting", () => {
    expect(() => resolveConfig({ rules: { "no-such-rule": "error" } })).toThrow(/Unknown rule "no-such-rule"/);
    expect(() => resolveConfig({ extends: "strictest" })).toThrow(ConfigError);
    expect(() => resolveConfig({ rules: { "heading-sequence": "loud" as never } })).toThrow(/rules\.heading-sequence/);
    expect(() => resolveConfig({ colour: true } as never)).toThrow(ConfigError);
    expect(() => resolveConfig({ reportYear: 20245 })).toThrow(/reportYear/);
  });
});
