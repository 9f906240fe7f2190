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

describe("clauses: lines a PDF broke in mid-sentence", () => {
  it("reads a long line without a sentence end and the body line after it as one paragraph", () => {
    const text = "本年度工作情况如下。\n全年共收到政府信息公开申请125件，其中予以公开及部\n分公开98件，不予公开12件。";
    expect(clausesOf(text)).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年共收到政府信息公开申请125件，其中予以公开及部\n分公开98件，不予公开12件。", 1, 0],
    ]);
  });

  it("joins three lines, the paragraph being the first", () => {
    const text =
      "本年度工作情况如下。\n全年依法行政工作扎实推进，各部门认真落实党中央国务院\n关于法治政府建设的决策部署，取得了明显成效并持续巩固\n提升。下一步继续努力。";
    expect(clausesOf(text)).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进，各部门认真落实党中央国务院\n关于法治政府建设的决策部署，取得了明显成效并持续巩固\n提升。", 1, 0],
      ["下一步继续努力。", 1, 1],
    ]);
  });

  it("keeps brackets that span the break", () => {
    const text = "本年度工作情况如下。\n全年共收到政府信息公开申请125件（含上年结转\n申请5件），办结120件。";
    expect(clausesOf(text)).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年共收到政府信息公开申请125件（含上年结转\n申请5件），办结120件。", 1, 0],
    ]);
  });

  it("joins a next line that starts with a number or a quotation mark", () => {
    expect(clausesOf("本年度工作情况如下。\n全年依法行政工作扎实推进，各部门认真落实共受理案件\n125件，办结120件。")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进，各部门认真落实共受理案件\n125件，办结120件。", 1, 0],
    ]);
    expect(clausesOf("本年度工作情况如下。\n全年依法行政工作扎实推进各部门认真落实各项要求的情况\n“放管服”改革持续深化。")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进各部门认真落实各项要求的情况\n“放管服”改革持续深化。", 1, 0],
    ]);
  });

  it("reads the numbers of the joined lines in one sentence", () => {
    const text = "本年度工作情况如下。\n全年共收到政府信息公开申请125件，其中予以公开及部\n分公开98件，不予公开12件。";
    const report = parse(text);
    expect(report.quantities.map((q) => [q.raw, report.clauses[q.clause!]!.paragraph])).toEqual([
      ["125件", 1],
      ["98件", 1],
      ["12件", 1],
    ]);
    expect(report.breakdowns.map((b) => [b.whole, b.parts])).toEqual([[0, [1, 2]]]);
  });

  it("does not join a short line", () => {
    expect(clausesOf("本年度工作情况如下。\n全年收到申请125件\n办结120件。")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年收到申请125件", 1, 0],
      ["办结120件。", 2, 0],
    ]);
  });

  it("does not join a line ending with 。, ； or ：", () => {
    const text =
      "本年度工作情况如下。\n全年依法行政工作扎实推进，各部门认真落实有关要求；\n办结120件。\n全年依法行政工作扎实推进，各部门认真落实有关要求：\n办结120件。\n全年依法行政工作扎实推进，各部门认真落实有关要求。\n办结120件。";
    expect(clausesOf(text)).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进，各部门认真落实有关要求；", 1, 0],
      ["办结120件。", 2, 0],
      ["全年依法行政工作扎实推进，各部门认真落实有关要求：", 3, 0],
      ["办结120件。", 4, 0],
      ["全年依法行政工作扎实推进，各部门认真落实有关要求。", 5, 0],
      ["办结120件。", 6, 0],
    ]);
  });

  it("does not join a table row", () => {
    expect(clausesOf("本年度工作情况如下。\n全年依法行政工作扎实推进各部门认真落实各项要求的情况\n类别 | 件数 |\n行政许可 | 120 |")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进各部门认真落实各项要求的情况", 1, 0],
      ["类别 | 件数 |", 2, 0],
      ["行政许可 | 120 |", 3, 0],
    ]);
  });

  it("does not join a heading to the line before or after it", () => {
    expect(clausesOf("本年度工作情况如下。\n全年依法行政工作扎实推进各部门认真落实各项要求的情况\n二、下一步工作安排")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进各部门认真落实各项要求的情况", 1, 0],
      ["下一步工作安排", 2, 0],
    ]);
    expect(clausesOf("本年度工作情况如下。\n（一）坚持党的领导全面推进法治政府建设各项工作落实落细\n全年办结案件120件。")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["坚持党的领导全面推进法治政府建设各项工作落实落细", 1, 0],
      ["全年办结案件120件。", 2, 0],
    ]);
  });

  it("does not join a line that starts with a dash", () => {
    expect(clausesOf("本年度工作情况如下。\n全年依法行政工作扎实推进各部门认真落实各项要求的情况\n——持续深化改革。")).toEqual([
      ["本年度工作情况如下。", 0, 0],
      ["全年依法行政工作扎实推进各部门认真落实各项要求的情况", 1, 0],
      ["——持续深化改革。", 2, 0],
    ]);
  });
});

describe("clauses: quotations", () => {
  const quote = (inside: number) => `会议强调：“${"依".repeat(inside - 8)}法行政。要强化。”会后传达。`;

  it("splits a quotation longer than 60 characters into its sentences", () => {
    const text =
      "会议强调：“要坚持以人民为中心的发展思想，全面推进依法行政。要加强执法队伍建设，提升执法人员素质和能力水平。要强化监督问责，确保各项工作落到实处。”会后各单位认真传达。";
    expect(clausesOf(text)).toEqual([
      ["会议强调：“要坚持以人民为中心的发展思想，全面推进依法行政。", 0, 0],
      ["要加强执法队伍建设，提升执法人员素质和能力水平。", 0, 1],
      ["要强化监督问责，确保各项工作落到实处。", 0, 2],
      ["”会后各单位认真传达。", 0, 3],
    ]);
  });

  it("keeps a short quotation whole", () => {
    const text = "会议强调：“要坚持依法行政。要强化监督问责。”会后各单位认真传达。";
    expect(clausesOf(text)).toEqual([[text, 0, 0]]);
  });

  it("splits from 61 characters between the quotation marks, not at 60", () => {
    // close − open = characters inside + 1.
    const span = (t: string) => t.indexOf("”") - t.indexOf("“");
    expect([span(quote(59)), span(quote(60))]).toEqual([60, 61]);
    expect(clausesOf(quote(59))).toHaveLength(1);
    expect(clausesOf(quote(60))).toHaveLength(3);
  });
});
