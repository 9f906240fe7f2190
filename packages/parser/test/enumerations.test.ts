import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const itemsOf = (text: string) => parse(text).enumerations.map((e) => [e.style, e.marker, e.value, text.slice(...e.span), e.paragraph]);

describe("enumerations", () => {
  it("reads 一是 … 十是 at the start of clauses", () => {
    expect(itemsOf("主要做法：一是加强领导；二是完善制度，三是强化监督。十是严格考核。\n十一是其他。")).toEqual([
      ["shi", "一是", 1, "一是", 0],
      ["shi", "二是", 2, "二是", 0],
      ["shi", "三是", 3, "三是", 0],
      ["shi", "十是", 10, "十是", 0],
      ["shi", "十一是", 11, "十一是", 1],
    ]);
  });

  it("reads 第一， 第二， ordinals", () => {
    expect(itemsOf("第一，加强领导。第二、完善制度。第三：强化监督。")).toEqual([
      ["ordinal", "第一", 1, "第一", 0],
      ["ordinal", "第二", 2, "第二", 0],
      ["ordinal", "第三", 3, "第三", 0],
    ]);
  });

  it("does not take words that contain the ordinals", () => {
    expect(itemsOf("落实第一责任人职责，严格执行“第一议题”制度，运用第一种形态，在第一时间处置，统一是关键，位列第一，其一是学习。")).toEqual([]);
  });

  it("skips chrome lines and keeps items inside heading lines", () => {
    expect(itemsOf("（一）加强领导。一是成立小组。\n相关阅读:")).toEqual([["shi", "一是", 1, "一是", 0]]);
  });
});
