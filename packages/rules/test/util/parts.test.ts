import { PROFILES } from "@reportlint/report-model";
import { parse } from "@reportlint/parser";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { describe, expect, it } from "vitest";
import { bodyMatch, partsAt, partsOfHeading, partsOfHeadingText, sectionsOf } from "../../src/util/parts.js";

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

describe("tuned part patterns", () => {
  it("a plan's measures are the plan, not part 1", () => {
    expect(partsOfHeadingText("下一步工作举措", profile)).toEqual(["next-year-plan"]);
    expect(partsOfHeadingText("2024年主要举措和成效", profile)).toEqual(["measures"]);
    expect(partsOfHeadingText("二〇二五年工作思路", profile)).toEqual(["next-year-plan"]);
  });

  it("a follow-up of last year's assessment is not the 不足 part", () => {
    expect(partsOfHeadingText("2023年度法治政府建设考核反馈问题整改情况", profile)).toEqual([]);
    expect(partsOfHeadingText("存在的不足、原因和问题整改情况", profile)).toEqual(["shortcomings", "causes"]);
  });

  it("synonyms and levels of a part written as data", () => {
    const own = {
      ...profile,
      parts: [{ id: "plan", name: { zh: "计划" }, presence: "required" as const, headingPatterns: [], synonyms: ["明年打算"], levels: [1], basis: "" }],
    };
    expect(partsOfHeadingText("三、明年打算", own)).toEqual(["plan"]);
    expect(partsOfHeadingText("明年打算", own, 1)).toEqual(["plan"]);
    expect(partsOfHeadingText("明年打算", own, 2)).toEqual([]);
  });

  it("finds a part's words in the body", () => {
    const causes = profile.parts.find((p) => p.id === "causes")!;
    const text = "执法力量薄弱，究其原因在于编制有限。";
    const at = bodyMatch(causes, text);
    expect(at && text.slice(...at)).toBe("原因");
    expect(bodyMatch(causes, "执法力量薄弱，群众参与度不高。")).toBeNull();
  });
});

describe("sections", () => {
  it("numbered headings and unnumbered heading lines, with the parts they name and where they end", () => {
    const text = ["某镇2024年法治政府建设工作总结", "主要工作", "一、加强领导", "全年学法6次。", "二、规范执法", "办结案件5件。", "存在问题", "力量薄弱。", "下步打算", "继续加强学习。"].join("\n");
    const report = parse(text);
    const sections = sectionsOf(report, profile).map((s) => ({ text: s.text, depth: s.depth, parts: s.parts, lines: [s.paragraph + 1, s.end] }));
    expect(sections).toEqual([
      { text: "主要工作", depth: 0, parts: ["measures"], lines: [2, 6] },
      { text: "加强领导", depth: 1, parts: [], lines: [3, 4] },
      { text: "规范执法", depth: 1, parts: [], lines: [5, 6] },
      { text: "存在问题", depth: 0, parts: ["shortcomings"], lines: [7, 8] },
      { text: "下步打算", depth: 0, parts: ["next-year-plan"], lines: [9, 10] },
    ]);
  });
});

describe("body patterns that open with a lookbehind", () => {
  // bodyMatch tests such a pattern's lookbehind only where the rest matches: the same place as the
  // whole pattern's exec, on every line of the bundled reports and on invented lines.
  const parts = Object.values(PROFILES).flatMap((p) => p.parts.filter((part) => part.bodyPatterns?.length));
  const invented = [
    "局主要负责同志切实履行推进法治建设第一责任人职责，党组书记带头学法述法。",
    "压实各单位主要负责人履行法治建设第一责任人职责。",
    "督促乡镇长亲自部署法治工作，县长亲自主持专题研究法治政府建设。",
    "𠀀主要负责人带头学法𠀀，推动落实主要领导干部履行第一责任人职责",
    "局长效能提升，镇长期以来，主任亲自过问依法行政工作",
    "",
  ];
  const lines = [
    ...invented,
    ...(["seeds", "corpus"] as const).flatMap((set) => fixtureNames(set).flatMap((name) => readFixture(set, name).split("\n"))),
  ];
  it("finds what the whole pattern finds", () => {
    const lookbehinds = parts.filter((part) => part.bodyPatterns!.some((source) => source.startsWith("(?<")));
    expect(lookbehinds.length).toBeGreaterThan(0);
    for (const part of parts) {
      for (const line of lines) {
        let expected: [number, number] | null = null;
        for (const source of part.bodyPatterns!) {
          const m = new RegExp(source, "u").exec(line);
          if (m) {
            expected = [m.index, m.index + m[0].length];
            break;
          }
        }
        expect(bodyMatch(part, line), `${part.id}: ${line}`).toEqual(expected);
      }
    }
  });
});
