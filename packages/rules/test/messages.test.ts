import { describe, expect, it } from "vitest";
import { applyFixes, capSeverity, interpolate } from "../src/index.js";

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones as written", () => {
    expect(interpolate("「{{a}}」与{{ b }}行，{{c}}", { a: "二、", b: 3 })).toBe("「二、」与3行，{{c}}");
  });
});

describe("capSeverity", () => {
  it("never raises a finding above its configured level", () => {
    expect(capSeverity("error", "warning")).toBe("warning");
    expect(capSeverity("warning", "error")).toBe("warning");
    expect(capSeverity("info", undefined)).toBe("info");
  });
});

describe("applyFixes", () => {
  it("applies fixes in text order and skips overlapping ones", () => {
    const result = applyFixes("紧紧国绕中心", [
      { span: [4, 6], text: "工作" },
      { span: [2, 4], text: "围绕" },
      { span: [3, 5], text: "X" },
    ]);
    expect(result.output).toBe("紧紧围绕工作");
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toEqual([{ span: [3, 5], text: "X" }]);
  });
  it("keeps the text when there is nothing to fix", () => {
    expect(applyFixes("不变", []).output).toBe("不变");
  });
});
