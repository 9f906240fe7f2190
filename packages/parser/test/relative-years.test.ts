import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const wordsOf = (text: string) => parse(text).relativeYears.map((r) => [r.raw, r.offset, text.slice(...r.span)]);

describe("relative years", () => {
  it("reads the current, previous and next year words", () => {
    expect(wordsOf("今年、本年、本年度、今年度、去年、上年、上年度、上一年、上一年度、明年、下一年、下一年度、下年度")).toEqual([
      ["今年", 0, "今年"],
      ["本年", 0, "本年"],
      ["本年度", 0, "本年度"],
      ["今年度", 0, "今年度"],
      ["去年", -1, "去年"],
      ["上年", -1, "上年"],
      ["上年度", -1, "上年度"],
      ["上一年", -1, "上一年"],
      ["上一年度", -1, "上一年度"],
      ["明年", 1, "明年"],
      ["下一年", 1, "下一年"],
      ["下一年度", 1, "下一年度"],
      ["下年度", 1, "下年度"],
    ]);
  });

  it("keeps 今年来 as 今年", () => {
    expect(wordsOf("今年来，我局在推进工作中取得成效。")).toEqual([["今年", 0, "今年"]]);
  });

  it("skips words that only contain the characters", () => {
    expect(wordsOf("如今年轻干部增多，过去年份数据，60岁以上年龄段，成本年度核算，说明年限，以下年度，上年纪的群众。")).toEqual([]);
  });

  it("skips 本年报 and 本年度报告, which name the report itself", () => {
    expect(wordsOf("本年报根据条例编制。本年度报告中所列数据为全年数据。本年度工作报告如下。本年度共办理5件。")).toEqual([["本年度", 0, "本年度"]]);
  });

  it("says where each word is written", () => {
    const text = "关于今年法治政府建设情况的报告\n今年，印发《今年普法要点》，开展“今年我普法”活动。";
    expect(parse(text).relativeYears.map((r) => [text.slice(...r.span), r.context])).toEqual([
      ["今年", "title"],
      ["今年", "plain"],
      ["今年", "document-title"],
      ["今年", "quoted"],
    ]);
  });

  it("skips chrome", () => {
    expect(wordsOf("今年工作扎实。\n来源:今年新闻网 发布时间:2025-03-25")).toEqual([["今年", 0, "今年"]]);
  });
});
