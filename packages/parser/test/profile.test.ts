import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const profileOf = (text: string, profile?: string) => {
  const { meta } = parse(text, profile === undefined ? {} : { profile });
  return [meta.profile, meta.profileSource];
};

describe("profile guess", () => {
  it("takes the option first", () => {
    expect(profileOf("某某局2024年政府信息公开工作年度报告", "fazhi-annual")).toEqual(["fazhi-annual", "option"]);
  });

  it("matches the title against the profiles' title patterns", () => {
    expect(profileOf("某某局2024年政府信息公开工作年度报告")).toEqual(["zhengwu-gongkai-annual", "guessed"]);
    expect(profileOf("关于2024年法治政府建设情况的报告")).toEqual(["fazhi-annual", "guessed"]);
  });

  it("without a title, matches the opening sentence outside 《》", () => {
    expect(profileOf("根据《中华人民共和国政府信息公开条例》规定，现公布某某局2024年政府信息公开工作年度报告。\n一、总体情况")).toEqual([
      "zhengwu-gongkai-annual",
      "guessed",
    ]);
    expect(profileOf("根据《关于政府信息公开工作年度报告有关事项的通知》要求编制。\n一、总体情况")).toEqual(["fazhi-annual", "default"]);
  });

  it("knows the 政府信息公开 report under its other names", () => {
    expect(profileOf("根据《中华人民共和国政府信息公开条例》要求，现将2024年度政府信息公开工作情况报告如下：\n一、总体情况")).toEqual([
      "zhengwu-gongkai-annual",
      "guessed",
    ]);
    expect(profileOf("某市交通运输局2024年政务公开工作年度报告\n一、总体情况")).toEqual(["zhengwu-gongkai-annual", "guessed"]);
    expect(profileOf("某县2024年政府信息公开年报\n一、总体情况")).toEqual(["zhengwu-gongkai-annual", "guessed"]);
    // A 法治政府建设 report that mentions 政府信息公开 in its title stays one.
    expect(profileOf("某县关于2024年度法治政府建设和政府信息公开工作情况的报告\n一、主要举措和成效")).toEqual(["fazhi-annual", "guessed"]);
  });

  it("takes the six part headings of the 政府信息公开 format, under their usual variants", () => {
    const six = [
      "一、概述",
      "二、政府信息主动公开情况",
      "三、依申请公开情况",
      "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
      "五、政府信息公开工作存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ].join("\n");
    expect(profileOf(six)).toEqual(["zhengwu-gongkai-annual", "guessed"]);
  });

  it("falls back to the parts the top-level headings cover", () => {
    const zhengwu = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、其他需要报告的事项";
    expect(profileOf(zhengwu)).toEqual(["zhengwu-gongkai-annual", "guessed"]);
    const fazhi = "一、主要举措和成效\n二、存在的不足和原因\n三、下一步工作安排";
    expect(profileOf(fazhi)).toEqual(["fazhi-annual", "guessed"]);
  });

  it("without a title, takes headings that name the report's subject and two of its parts", () => {
    expect(profileOf("一、坚持党的领导，法治政府建设扎实推进\n二、工作中存在的主要问题\n三、2025年工作打算")).toEqual(["fazhi-annual", "guessed"]);
    // Two parts but no heading names the subject.
    expect(profileOf("一、坚持党的领导，各项工作扎实推进\n二、工作中存在的主要问题\n三、2025年工作打算")).toEqual(["fazhi-annual", "default"]);
    // The subject and one part only.
    expect(profileOf("一、坚持党的领导，法治政府建设扎实推进\n二、工作中存在的主要问题\n三、持续优化营商环境")).toEqual(["fazhi-annual", "default"]);
    // A title that names another kind of report.
    expect(profileOf("某县教育局2024年工作总结\n一、坚持党的领导，法治政府建设扎实推进\n二、工作中存在的主要问题\n三、2025年工作打算")).toEqual([
      "fazhi-annual",
      "default",
    ]);
  });

  it("defaults to fazhi-annual", () => {
    expect(profileOf("一、案件办理情况\n二、被申请人构成情况")).toEqual(["fazhi-annual", "default"]);
  });
});
