import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const clausesOf = (text: string) => {
  const report = parse(text);
  return report.clauses.map((c) => [text.slice(...c.span), c.paragraph, c.sentence]);
};

describe("clauses", () => {
  it("splits at 。！？ and at ；, which keeps the sentence", () => {
    expect(clausesOf("我局依法行政。全年办结案件15件；调解8件！是否到位？")).toEqual([
      ["我局依法行政。", 0, 0],
      ["全年办结案件15件；", 0, 1],
      ["调解8件！", 0, 1],
      ["是否到位？", 0, 2],
    ]);
  });

  it("does not split inside brackets and quotes", () => {
    expect(clausesOf("印发《通知》（2024年。第3号），落实“谁执法谁普法。”责任制。开展培训。")).toEqual([
      ["印发《通知》（2024年。第3号），落实“谁执法谁普法。”责任制。", 0, 0],
      ["开展培训。", 0, 1],
    ]);
  });

  it("is not stopped by an unmatched bracket", () => {
    expect(clausesOf("落实“一把手负责制。成立领导小组。")).toEqual([
      ["落实“一把手负责制。", 0, 0],
      ["成立领导小组。", 0, 1],
    ]);
  });

  it("splits at a colon only where a list starts", () => {
    expect(clausesOf("主要表现在：一是学习不深；二是宣传不够。具体如下：全年开展活动。")).toEqual([
      ["主要表现在：", 0, 0],
      ["一是学习不深；", 0, 0],
      ["二是宣传不够。", 0, 0],
      ["具体如下：全年开展活动。", 0, 1],
    ]);
  });

  it("starts a heading's clauses after its marker and skips chrome and blank lines", () => {
    expect(clausesOf("（一）加强领导。成立小组\n\n分享:\n1.完善制度")).toEqual([
      ["加强领导。", 0, 0],
      ["成立小组", 0, 1],
      ["完善制度", 3, 0],
    ]);
  });

  it("keeps runs of punctuation together and leaves out whitespace", () => {
    expect(clausesOf("  真的吗？！  好。 ")).toEqual([
      ["真的吗？！", 0, 0],
      ["好。", 0, 1],
    ]);
  });
});
