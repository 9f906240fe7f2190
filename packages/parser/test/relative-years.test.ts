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

  it("skips chrome", () => {
    expect(wordsOf("今年工作扎实。\n来源:今年新闻网 发布时间:2025-03-25")).toEqual([["今年", 0, "今年"]]);
  });
});
