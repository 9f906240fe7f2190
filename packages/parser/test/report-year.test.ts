import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const yearOf = (text: string, reportYear?: number) => {
  const y = parse(text, reportYear === undefined ? {} : { reportYear }).meta.reportYear;
  return y && { value: y.value, source: y.source, at: y.span ? text.slice(...y.span) : null };
};

describe("report year", () => {
  it("takes the option first", () => {
    expect(yearOf("关于2024年法治政府建设情况的报告", 2023)).toEqual({ value: 2023, source: "option", at: null });
  });

  it("reads the title", () => {
    expect(yearOf("关于2024年度法治政府建设情况的报告\n2023年，我局…")).toEqual({ value: 2024, source: "title", at: "2024年度" });
  });

  it("reads a 现将…报告如下 sentence before other body years", () => {
    const text = "县人社局法治建设情况报告\n根据《法治政府建设实施纲要（2021—2025年）》，2021年以来，现将我局 2022 年度法治建设情况报告如下。\n一、工作开展情况";
    expect(yearOf(text)).toEqual({ value: 2022, source: "body", at: "2022 年度" });
  });

  it("reads a top-level heading that starts with a year, but not a plan heading", () => {
    expect(yearOf("一、2025年度工作计划\n二、2024年推进法治政府建设中存在的不足")).toEqual({ value: 2024, source: "body", at: "2024年" });
  });

  it("reads the opening sentence: a year at its start or a year followed by a comma", () => {
    expect(yearOf("2024年,区人社局坚持以习近平法治思想为指导。\n一、主要举措")).toMatchObject({ value: 2024, source: "body" });
    expect(yearOf("2024年新受理行政复议案件151件。\n一、案件办理情况")).toMatchObject({ value: 2024, source: "body" });
    expect(yearOf("根据《全面深化法治领域改革纲要(2023—2027年)》提出的要求,2023年,清波街道深化法治建设。")).toMatchObject({
      value: 2023,
      source: "body",
      at: "2023年",
    });
  });

  it("does not take a year in the middle of the opening sentence without a comma", () => {
    expect(yearOf("为深入贯彻落实2022年全国会议精神，我局扎实推进依法行政。")).toBeNull();
  });

  it("falls back to the publication year − 1", () => {
    expect(yearOf("发布时间:2025-03-25 来源:某某区\n一、主要举措和成效\n我局扎实推进依法行政。")).toEqual({
      value: 2024,
      source: "published",
      at: "2025-03-25",
    });
  });
});

describe("publication date", () => {
  it.each([
    ["发布时间:2025-03-25来源:南阳市宛城区", "2025-03-25", "2025-03-25"],
    ["发布日期：2025年3月5日", "2025-03-05", "2025年3月5日"],
    ["- 发文时间:2022年02月28日", "2022-02-28", "2022年02月28日"],
    ["来源:湖南省政府门户网站 发布时间:2021-03-28 08:58 浏览次数:1", "2021-03-28", "2021-03-28"],
  ])("reads %s", (line, iso, raw) => {
    const text = `${line}\n关于2024年法治政府建设情况的报告`;
    const published = parse(text).meta.publishedAt;
    expect(published?.date).toBe(iso);
    expect(text.slice(...published!.span!)).toBe(raw);
  });

  it("takes the option first, with no place in the text", () => {
    const text = "发布时间:2025-03-25\n关于2024年法治政府建设情况的报告";
    expect(parse(text, { publishedAt: "2025-04-11" }).meta.publishedAt).toEqual({ date: "2025-04-11", span: null, source: "option" });
    expect(parse(text).meta.publishedAt).toMatchObject({ date: "2025-03-25", source: "text" });
  });

  it("gives the report year when nothing else does (publication year − 1)", () => {
    expect(parse("一、主要举措\n我局扎实推进依法行政。", { publishedAt: "2026-03-02" }).meta.reportYear).toEqual({
      value: 2025,
      source: "published",
      span: null,
    });
  });

  it("ignores the dates of other pages listed after the article", () => {
    const text = "关于2024年法治政府建设情况的报告\n一、主要举措\n我局扎实推进依法行政。\n相关阅读\n某某通知 发布时间:2025-05-06";
    expect(parse(text).meta.publishedAt).toBeNull();
  });

  it("ignores other dates and impossible ones", () => {
    expect(parse("生成日期: 2023-03-01\n2024年10月5日召开会议。").meta.publishedAt).toBeNull();
    expect(parse("发布时间:2025-02-30").meta.publishedAt).toBeNull();
  });
});
