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

  it("reads 首先， 其次， 再次， 最后， at the start of clauses, 最后 without a number", () => {
    const text = "首先，统一思想；其次，完善制度。再次：压实责任。最后，强化考核。";
    expect(parse(text).enumerations.map((e) => [e.style, e.marker, e.value])).toEqual([
      ["sequence", "首先", 1],
      ["sequence", "其次", 2],
      ["sequence", "再次", 3],
      ["sequence", "最后", null],
    ]);
  });

  it("does not take the sequence words in other uses", () => {
    expect(itemsOf("投诉最多，其次是咨询类。打通“最后一公里”。再次召开会议。首先要提高认识。")).toEqual([]);
  });

  it("does not take the ordinal of a list of numbers", () => {
    expect(itemsOf("第一、二季度办结案件12件。第三、完善制度。")).toEqual([["ordinal", "第三", 3, "第三", 0]]);
  });

  it("marks items inside quotation marks", () => {
    const text = "会议要求“一是提高认识，二是狠抓落实”。一是学习。";
    expect(parse(text).enumerations.map((e) => [e.marker, e.quoted])).toEqual([
      ["一是", true],
      ["二是", true],
      ["一是", false],
    ]);
  });

  it("skips chrome lines and keeps items inside heading lines", () => {
    expect(itemsOf("（一）加强领导。一是成立小组。\n相关阅读:")).toEqual([["shi", "一是", 1, "一是", 0]]);
  });
});
