import { describe, expect, it } from "vitest";
import { findSectionLines, parse } from "../src/index.js";

const sectionLines = (text: string) => {
  const report = parse(text);
  return findSectionLines(text, report.paragraphs).map((i) => text.slice(...report.paragraphs[i]!.contentSpan));
};

describe("unnumbered section lines", () => {
  it("finds short lines standing as headings between paragraphs", () => {
    const text = [
      "某镇2024年法治政府建设工作总结",
      "主要工作",
      "全年组织学法活动6次，化解矛盾纠纷20件。",
      "存在问题：",
      "学法形式单一，基层力量薄弱。",
      "下步打算",
      "继续加强学习培训，充实基层力量。",
    ].join("\n");
    expect(sectionLines(text)).toEqual(["主要工作", "存在问题：", "下步打算"]);
  });

  it("does not take signatures, dates, sentences or wrapped lines for headings", () => {
    const text = [
      "某镇2024年法治政府建设工作总结",
      "全年组织学法活动6次，化解矛盾纠纷20件，群众满意度进一步提升，基层",
      "治理水平",
      "持续提高。学法形式单一，基层力量薄弱。",
      "继续加强学习。",
      "某镇人民政府",
      "2025年1月10日",
    ].join("\n");
    expect(sectionLines(text)).toEqual([]);
  });
});
