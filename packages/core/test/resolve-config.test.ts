import { describe, expect, it } from "vitest";
import { RESERVED_RULE_IDS } from "@reportlint/rules";
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

  it("loads ids reserved for coming rules, listing them as unbuilt and turning nothing on", () => {
    // The ids still reserved (which ones, and how many, changes as rules are built), in both setting forms.
    const reserved = [...RESERVED_RULE_IDS].sort();
    const config = resolveConfig({ extends: [], rules: Object.fromEntries(reserved.map((id, i) => [id, i === 0 ? "warn" : ["error", {}]])) });
    expect(config.rules).toEqual({});
    expect([...(config.unbuilt ?? [])].sort()).toEqual(reserved);
    expect(resolveConfig({}).unbuilt).toEqual([]);
    // Every reserved id loads; none of them is a built rule yet (a built one would simply run).
    for (const id of RESERVED_RULE_IDS) expect(resolveConfig({ rules: { [id]: "error" } }).unbuilt).toEqual([id]);
  });

  it("suggests the nearest id for a mistyped rule and none for a far one", () => {
    expect(() => resolveConfig({ rules: { "stale-yaer": "warn" } })).toThrow('Unknown rule "stale-yaer" in "rules" (did you mean "stale-year"?)');
    expect(() => resolveConfig({ rules: { "cjk-spaceing": "warn" } })).toThrow('(did you mean "cjk-spacing"?)');
    expect(() => resolveConfig({ rules: { "no-such-rule": "warn" } })).toThrow(/^Unknown rule "no-such-rule" in "rules"$/);
  });

  it("lists every problem, with the allowed values, and no \"Invalid\" wording", () => {
    let caught: unknown;
    try {
      resolveConfig({ rules: { "heading-sequence": "loud", "stale-yaer": "warn" }, locale: "fr", extends: "strictest" } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toContain('"rules.heading-sequence": expected one of off, info, warn, error, 0, 1, 2, or [level, { options }]');
    expect(problems).toContain('"locale": expected one of zh, en');
    expect(problems).toContain('Unknown rule "stale-yaer" in "rules" (did you mean "stale-year"?)');
    expect(problems).toHaveLength(3);
    expect((caught as ConfigError).message).toBe(problems.join("\n"));
    expect(problems.join("\n")).not.toMatch(/Invalid/);
    // A valid schema with a bad preset and a bad rule reports both.
    expect(() => resolveConfig({ extends: "strictest", rules: { "stale-yaer": "warn" } })).toThrow(/Unknown preset "strictest"[\s\S]*stale-yaer/);
  });

  it("refuses options for a rule that takes none, naming the rule; an empty object is fine", () => {
    expect(() => resolveConfig({ rules: { "heading-sequence": ["warn", { level: 2 }] } })).toThrow('Rule "heading-sequence" takes no options; got "level"');
    expect(resolveConfig({ rules: { "heading-sequence": ["warn", {}] } }).rules["heading-sequence"]?.severity).toBe("warning");
  });

  it("accepts \"warning\" as another name for \"warn\"", () => {
    expect(resolveConfig({ rules: { "heading-sequence": "warning" } }).rules["heading-sequence"]?.severity).toBe("warning");
  });
});
