import { describe, expect, it } from "vitest";
import { outputMissing } from "./helpers/rule-tester.js";

describe("the rule tester", () => {
  const fixed = [{ fix: { span: [0, 1], text: "a" } }];
  it("requires the output of a case whose rule fixes something", () => {
    expect(outputMissing(fixed, {})).toBe(true);
    expect(outputMissing(fixed, { output: "a" })).toBe(false);
    expect(outputMissing(fixed, { output: null })).toBe(false);
  });
  it("does not ask for an output when nothing is fixed", () => {
    expect(outputMissing([{}], {})).toBe(false);
  });
});
