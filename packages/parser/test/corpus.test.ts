// Meta read from the corpus texts (most are cut off after ~700 characters).
import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { parse } from "../src/index.js";

function metaOf(name: string) {
  const text = readFixture("corpus", name);
  const { meta } = parse(text);
  return {
    title: meta.title && { text: meta.title.text, lines: meta.title.lines },
    issuer: meta.issuer,
    year: meta.reportYear && [meta.reportYear.value, meta.reportYear.source],
    publishedAt: meta.publishedAt?.date ?? null,
    profile: [meta.profile, meta.profileSource],
  };
}

describe("corpus meta", () => {
  it("a text without a title reads its year from the opening sentence", () => {
    expect(metaOf("beijing-edu-2022.txt")).toEqual({
      title: null,
      issuer: null,
      year: [2022, "body"],
      publishedAt: null,
      profile: ["fazhi-annual", "guessed"],
    });
  });

  it("a title over two lines without a year", () => {
    expect(metaOf("dahe-xiang-2025.txt")).toEqual({
      title: { text: "大河乡人民政府关于法治政府建设的情况报告", lines: 2 },
      issuer: "大河乡人民政府",
      year: [2025, "body"],
      publishedAt: null,
      profile: ["fazhi-annual", "guessed"],
    });
  });

  it("a title in traditional characters with pinyin annotations", () => {
    expect(metaOf("haizhu-gov-2023.txt")).toEqual({
      title: { text: "廣州市海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報告", lines: 1 },
      issuer: "廣州市海珠區(qū)人民政府",
      year: [2023, "title"],
      publishedAt: null,
      profile: ["fazhi-annual", "guessed"],
    });
  });

  it("政府信息公开工作年度报告 with a title split over two lines", () => {
    expect(metaOf("xxgk-shanghai-govoffice-2025.txt")).toEqual({
      title: { text: "2025 年上海市人民政府办公厅政府信息公开工作年度报告", lines: 2 },
      issuer: "上海市人民政府办公厅",
      year: [2025, "title"],
      publishedAt: null,
      profile: ["zhengwu-gongkai-annual", "guessed"],
    });
    expect(metaOf("xxgk-shanghai-stcsm-2024.txt")).toMatchObject({ title: { text: "2024 年上海市科委政府信息公开工作年度报告" }, issuer: "上海市科委" });
  });

  it("政府信息公开工作年度报告 without a title, named in its opening sentence or by its headings", () => {
    expect(metaOf("xxgk-jiangmen-hrss-2024.txt")).toMatchObject({ title: null, year: [2024, "body"], profile: ["zhengwu-gongkai-annual", "guessed"] });
    expect(metaOf("xxgk-longgang-dept-2024.txt")).toMatchObject({ title: null, profile: ["zhengwu-gongkai-annual", "guessed"] });
  });

  it("page furniture before the title: breadcrumbs, metadata blocks, source lines", () => {
    expect(metaOf("hunan-gov-2020.txt")).toEqual({
      title: { text: "湖南省人民政府关于2020年度法治政府建设情况的报告", lines: 1 },
      issuer: "湖南省人民政府",
      year: [2020, "title"],
      publishedAt: "2021-03-28",
      profile: ["fazhi-annual", "guessed"],
    });
    expect(metaOf("fuyi-ningguo-2022.txt")).toMatchObject({
      title: { text: "宁国市2022年行政复议和行政应诉案件办理情况统计分析报告", lines: 1 },
      issuer: "宁国市",
      publishedAt: "2023-03-01",
    });
    expect(metaOf("shizhong-hrss-2021.txt")).toMatchObject({
      title: { text: "市中区人力资源和社会保障局2021年度法治政府建设情况报告" },
      year: [2021, "title"],
      publishedAt: "2022-02-28",
    });
    expect(metaOf("fuyi-hubei-2020.txt")).toMatchObject({ title: { lines: 1 }, issuer: "湖北省", publishedAt: "2020-12-30" });
  });

  it("a title whose issuer comes before the year", () => {
    expect(metaOf("sangzhe-town-2021.txt")).toMatchObject({ title: { text: "桑柘镇2021年度法治政府建设报告" }, issuer: "桑柘镇", year: [2021, "title"] });
    expect(metaOf("moj-2019.txt")).toMatchObject({ issuer: "司法部", year: [2019, "title"] });
  });

  it("a report year from a top-level heading or 现将…报告", () => {
    expect(metaOf("zhouxi-xiang-2024.txt")).toMatchObject({ title: null, year: [2024, "body"] });
    expect(metaOf("qingbo-street-2023.txt")).toMatchObject({ title: null, year: [2023, "body"] });
  });

  it("parses every corpus text into headings that start at a line", () => {
    for (const name of fixtureNames("corpus")) {
      const text = readFixture("corpus", name);
      const report = parse(text);
      for (const h of report.headings) {
        expect(report.paragraphs[h.paragraph]!.contentSpan[0]).toBe(h.span[0]);
      }
    }
  });
});
