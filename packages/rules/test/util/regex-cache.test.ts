import { PLAN_PERIODS } from "@reportlint/report-model";
import { describe, expect, it } from "vitest";
import { literalPrefix, regExpOf } from "../../src/util/regex-cache.js";

describe("literalPrefix", () => {
  it("is the plain characters a match must start with, short of an optional last one", () => {
    expect(literalPrefix("十四五")).toBe("十四五");
    expect(literalPrefix("八五[”\"’]?普法")).toBe("八五");
    expect(literalPrefix("ab?c")).toBe("a");
    expect(literalPrefix("abc*")).toBe("ab");
    expect(literalPrefix("x[|]y")).toBe("x");
  });

  it("is empty when a match may start otherwise", () => {
    expect(literalPrefix("a|b")).toBe("");
    expect(literalPrefix("(ab)")).toBe("");
    expect(literalPrefix("\\d+年")).toBe("");
    expect(literalPrefix("(?<!压实)主要负责人")).toBe("");
  });

  it("starts every match of the plan periods", () => {
    for (const period of PLAN_PERIODS) {
      const prefix = literalPrefix(period.pattern);
      const matches = [...`“${period.pattern.replace(/\[.*?\]\??/gu, "")}”规划`.matchAll(regExpOf(period.pattern, "gu"))];
      expect(matches.length).toBeGreaterThan(0);
      for (const m of matches) expect(m[0].startsWith(prefix)).toBe(true);
    }
  });
});
