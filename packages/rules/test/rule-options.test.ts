import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRule, resolveRuleOptions } from "../src/index.js";

const meta = (options?: z.ZodType<{ min: number; mode: "a" | "b" }>) => ({
  type: "problem" as const,
  docs: { description: { zh: "示例", en: "Example" }, recommended: false },
  defaultSeverity: "warning" as const,
  messages: { found: { zh: "找到", en: "Found" } },
  ...(options ? { options } : {}),
});

const plain = createRule({ id: "no-options", meta: meta(), create() {} });
const withOptions = createRule({
  id: "with-options",
  meta: meta(z.object({ min: z.number().default(1), mode: z.enum(["a", "b"]).default("a") }).strict()),
  create() {},
});

describe("resolveRuleOptions", () => {
  it("refuses options for a rule that takes none, naming the rule and the keys", () => {
    expect(() => resolveRuleOptions(plain, { min: 2, extra: true })).toThrow('Rule "no-options" takes no options; got "min", "extra"');
    expect(resolveRuleOptions(plain, {})).toEqual({});
    expect(resolveRuleOptions(plain, undefined)).toEqual({});
  });

  it("names every bad option of a rule with a schema, and fills defaults", () => {
    expect(resolveRuleOptions(withOptions, undefined)).toEqual({ min: 1, mode: "a" });
    let message = "";
    try {
      resolveRuleOptions(withOptions, { min: "2", mode: "c" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Options of rule "with-options": "min": expected number, received string; "mode": /);
    expect(message).toContain('"a"|"b"');
    expect(message).not.toMatch(/Invalid input/);
  });
});
