import { describe, expect, it } from "vitest";
import { applyFixes, capSeverity, interpolate } from "../src/index.js";

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones as written", () => {
    expect(interpolate("「{{a}}」与{{ b }}行，{{c}}", { a: "二、", b: 3 })).toBe("「二、」与3行，{{c}}");
  });
  it("renders as a replace over the template would, each time a template is used again", () => {
    const reference = (template: string, data: Record<string, string | number> | undefined) =>
      template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (data?.[name] === undefined ? whole : String(data[name])));
    const templates = ["", "无占位", "{{a}}", "{{a}}{{a}}{{b}}", "前{{ a }}中{{\tb\n}}后{{c}}", "{{a-b}}{{}}{ {a}}{{{a}}}", "$&{{a}}$1"];
    const datas: (Record<string, string | number> | undefined)[] = [undefined, {}, { a: "$&", b: 0 }, { a: "{{b}}", b: "二" }, { c: 1.5 }];
    for (let round = 0; round < 2; round++) {
      for (const template of templates) for (const data of datas) expect(interpolate(template, data)).toBe(reference(template, data));
    }
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
