import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import { describe, expect, it } from "vitest";
import { partsAt, partsOfHeading, partsOfHeadingText } from "../../src/util/parts.js";

const profile = PROFILES["fazhi-annual"]!;

describe("parts of the profile", () => {
  it("reads a heading's text against the part patterns", () => {
    expect(partsOfHeadingText("存在的不足和原因", profile)).toEqual(["shortcomings", "causes"]);
    expect(partsOfHeadingText("坚持党的领导", profile)).toEqual([]);
  });

  it("takes the part of the nearest ancestor that names one", () => {
    const report = parse("一、2024年度工作计划\n（一）深化改革\n二、坚持党的领导\n（一）学习");
    expect(partsOfHeading(report, profile, 1)).toEqual(["next-year-plan"]);
    expect(partsOfHeading(report, profile, 3)).toEqual([]);
  });

  it("finds the part covering a place in the body", () => {
    const text = "一、主要举措和成效\n今年办结8件。\n二、下一步工作打算\n今年将继续推进。";
    const report = parse(text);
    expect(partsAt(report, profile, text.indexOf("今年办结"))).toEqual(["measures"]);
    expect(partsAt(report, profile, text.indexOf("今年将"))).toEqual(["next-year-plan"]);
    expect(partsAt(report, profile, text.length + 5)).toEqual([]);
  });
});
