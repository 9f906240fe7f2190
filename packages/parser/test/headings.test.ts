import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const summary = (text: string) =>
  parse(text).headings.map((h) => ({ style: h.style, rank: h.rank, depth: h.depth, value: h.value, text: h.text }));

describe("heading styles", () => {
  it("reads every numbering style with its family rank", () => {
    const text = ["一、总体情况", "（一）主动公开", "(二)依申请公开", "1.规章", "2．规范性文件", "3、其他文件", "（1）行政许可", "(2)行政处罚", "①收费"].join("\n");
    expect(summary(text).map((h) => [h.style, h.rank, h.value])).toEqual([
      ["cn-dun", 1, 1],
      ["cn-paren-full", 2, 1],
      ["cn-paren-half", 2, 2],
      ["arabic-dot", 3, 1],
      ["arabic-dot", 3, 2],
      ["arabic-dun", 3, 3],
      ["arabic-paren-full", 4, 1],
      ["arabic-paren-half", 4, 2],
      ["circled", 5, 1],
    ]);
  });

  it("reads Chinese numerals up to 九十九", () => {
    const text = ["十、其他", "十一、附则", "二十、补充", "二十三、说明", "三十、结语", "（十二）其他事项"].join("\n");
    expect(summary(text).map((h) => h.value)).toEqual([10, 11, 20, 23, 30, 12]);
  });

  it("reads the enclosed numerals of word-processor numbering", () => {
    expect(summary("⑴加强领导\n⒉完善制度\n㈢强化监督").map((h) => [h.style, h.value])).toEqual([
      ["arabic-paren-half", 1],
      ["arabic-dot", 2],
      ["cn-paren-half", 3],
    ]);
  });

  it("accepts indentation with spaces, NBSP and U+3000", () => {
    const text = "一、总体情况\n\u00a0\u00a0\u00a0（一）主动公开\n\u3000\u3000（二）依申请公开\n  (三)平台建设";
    const report = parse(text);
    expect(report.headings.map((h) => text.slice(...h.markerSpan))).toEqual(["一、", "（一）", "（二）", "(三)"]);
    expect(report.headings[1]!.span[0]).toBe(text.indexOf("（一）"));
  });

  it("keeps a stray 、 after a bracket marker and reads 一. as a mistyped 一、", () => {
    const [a, b] = parse("（一）、加强领导\n一.总体情况").headings;
    expect(a).toMatchObject({ marker: "（一）、", style: "cn-paren-full", text: "加强领导" });
    expect(b).toMatchObject({ marker: "一.", style: "cn-dun", value: 1, text: "总体情况" });
    expect(parse("四.2024年存在的不足\n八．“两价”指数").headings.map((h) => [h.marker, h.value, h.text])).toEqual([
      ["四.", 4, "2024年存在的不足"],
      ["八．", 8, "“两价”指数"],
    ]);
  });

  it("reads a number with only its closing bracket as the bracket style of its family", () => {
    const headings = parse("（一）加强领导\n1）健全机制\n2)完善制度\n二）强化监督").headings;
    expect(headings.map((h) => [h.style, h.rank, h.value, h.marker, h.text])).toEqual([
      ["cn-paren-full", 2, 1, "（一）", "加强领导"],
      ["arabic-paren-full", 4, 1, "1）", "健全机制"],
      ["arabic-paren-half", 4, 2, "2)", "完善制度"],
      ["cn-paren-full", 2, 2, "二）", "强化监督"],
    ]);
  });

  it("reads full-width digits", () => {
    expect(parse("１．加强领导\n２、完善制度").headings.map((h) => [h.style, h.value, h.marker])).toEqual([
      ["arabic-dot", 1, "１．"],
      ["arabic-dun", 2, "２、"],
    ]);
  });

  it("reads 一， as a mistyped 一、 in a document with 一、 headings, after a break", () => {
    const text = "关于2024年法治政府建设情况的报告\n一、主要举措\n全年召开会议3次。\n二，存在问题\n人员不足。\n三，下一步安排";
    expect(parse(text).headings.map((h) => [h.style, h.value, h.marker, h.text])).toEqual([
      ["cn-dun", 1, "一、", "主要举措"],
      ["cn-dun", 2, "二，", "存在问题"],
      ["cn-dun", 3, "三，", "下一步安排"],
    ]);
  });

  it("keeps half- and full-width brackets as distinct styles of one rank", () => {
    const text = "一、主要举措\n（一）加强领导\n（二）完善制度\n(三)强化监督\n（四）优化服务";
    const headings = parse(text).headings;
    expect(headings.map((h) => h.style)).toEqual(["cn-dun", "cn-paren-full", "cn-paren-full", "cn-paren-half", "cn-paren-full"]);
    expect(new Set(headings.slice(1).map((h) => `${h.rank}/${h.depth}/${h.parent}`))).toEqual(new Set(["2/2/0"]));
  });
});

describe("heading nesting", () => {
  it("takes depth and parent from the actual nesting", () => {
    const text = ["一、主要举措", "（一）加强领导", "1.健全机制", "（1）制定计划", "①学习", "2.完善制度", "（二）优化服务", "二、存在问题"].join("\n");
    const headings = parse(text).headings;
    expect(headings.map((h) => [h.depth, h.parent])).toEqual([
      [1, null],
      [2, 0],
      [3, 1],
      [4, 2],
      [5, 3],
      [3, 1],
      [2, 0],
      [1, null],
    ]);
  });

  it("starts at depth 1 when a document begins below the top rank", () => {
    const text = "（一）加强领导\n1.健全机制\n（二）完善制度\n一、存在问题\n（一）学习不深";
    const headings = parse(text).headings;
    expect(headings.map((h) => [h.rank, h.depth, h.parent])).toEqual([
      [2, 1, null],
      [3, 2, 0],
      [2, 1, null],
      [1, 1, null],
      [2, 2, 3],
    ]);
  });
});

describe("heading text", () => {
  it("ends a run-in heading at the first 。", () => {
    const text = "（一）加强组织领导。本年度召开会议4次。";
    const [h] = parse(text).headings;
    expect(h).toMatchObject({ text: "加强组织领导", runIn: true, marker: "（一）" });
    expect(text.slice(...h!.span)).toBe("（一）加强组织领导");
  });

  it("takes the whole line when there is no 。, and drops a final 。", () => {
    const [a, b] = parse("一、推进法治政府建设的主要举措和成效\n（五）规范行政执法努力化解矛盾纠纷。").headings;
    expect(a).toMatchObject({ text: "推进法治政府建设的主要举措和成效", runIn: false });
    expect(b).toMatchObject({ text: "规范行政执法努力化解矛盾纠纷", runIn: false });
  });

  it("ends at a colon that closes a short lead-in, but not at a long one", () => {
    const [a, b, c] = parse(
      "（一）主要做法：成立了领导小组。\n二、存在的问题：\n（二）依法全面履行政府职能，持续深化放管服改革，提升服务效能：成效明显。",
    ).headings;
    expect(a).toMatchObject({ text: "主要做法", runIn: true });
    expect(b).toMatchObject({ text: "存在的问题", runIn: false });
    expect(c).toMatchObject({ text: "依法全面履行政府职能，持续深化放管服改革，提升服务效能：成效明显", runIn: false });
  });

  it("does not end inside brackets or quotes", () => {
    const [h] = parse("（一）落实“谁执法谁普法。”责任制。全年开展活动。").headings;
    expect(h).toMatchObject({ text: "落实“谁执法谁普法。”责任制", runIn: true });
  });
});

describe("body lines that are not headings", () => {
  it.each([
    ["a decimal amount", "1.5万元用于法治宣传。"],
    ["a year", "2024年，我局扎实推进依法行政。"],
    ["a list of months", "1、2月份共受理案件15件。"],
    ["a list of Chinese numbers", "一、二季度共办结案件20件。"],
    ["an enumeration", "一是加强组织领导，成立领导小组。"],
    ["a plan name", "十四五时期是关键时期。"],
    ["a Chinese-numeral year", "二〇二四年，我局扎实推进依法行政。"],
    ["a table row", "一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 66 |"],
    ["a bracketed remark", "（以下简称《条例》）的要求。"],
    ["Chinese numbers joined by a comma", "三，四月份共受理案件15件。"],
    ["a closing bracket after a number", "1）2）项内容。"],
  ])("%s", (_name, line) => {
    expect(parse(`一、总体情况\n（一）基本情况\n${line}`).headings).toHaveLength(2);
  });
});

describe("markers that stop short of a heading", () => {
  it("does not take 一， without 一、 headings in the document", () => {
    expect(parse("主要举措\n二，存在问题\n三，下一步安排").headings).toEqual([]);
  });

  it("does not take 一， on a line that continues a wrapped sentence", () => {
    const text = "一、主要举措\n我局坚持依法行政，做到标准统\n一，规范有序。\n二、存在问题";
    expect(parse(text).headings.map((h) => h.marker)).toEqual(["一、", "二、"]);
  });

  it("does not take 1） or 一） that closes a bracket opened on the line above", () => {
    const text = "一、主要举措\n依法公开信息（其中主动公开的有\n1）份文件\n二、存在问题\n（详见附件\n一）说明。";
    expect(parse(text).headings.map((h) => h.marker)).toEqual(["一、", "二、"]);
  });

  it("does not take 一） followed by a number", () => {
    expect(parse("一、总体情况\n一）二季度数据。").headings).toHaveLength(1);
  });
});

describe("broken markers", () => {
  const section = "二、主要举措和成效\n(一)健全政府机构职能体系。一是推进改革。\n(二)健全依法行政制度体系。充分发挥作用。\n";

  it("keeps a line whose opening bracket and number were lost", () => {
    const text = `${section})健全社会矛盾纠纷行政预防调处化解体系。办结行政复议案件217件。\n三、存在不足`;
    const h = parse(text).headings[3]!;
    expect(h).toMatchObject({
      style: "cn-paren-half",
      rank: 2,
      depth: 2,
      parent: 0,
      value: null,
      marker: ")",
      broken: "lost-open",
      text: "健全社会矛盾纠纷行政预防调处化解体系",
      runIn: true,
    });
    expect(text.slice(...h.markerSpan)).toBe(")");
  });

  it("keeps a line whose closing bracket was lost, with or without its number", () => {
    const headings = parse(`${section}(三健全行政决策制度体系。组织学习。\n（健全行政执法工作体系。开展培训。`).headings;
    expect(headings.slice(3).map((h) => [h.style, h.marker, h.value, h.broken, h.text])).toEqual([
      ["cn-paren-half", "(三", null, "lost-close", "健全行政决策制度体系"],
      ["cn-paren-full", "（", null, "lost-number", "健全行政执法工作体系"],
    ]);
  });

  it("takes the family of a lost number from the neighbouring bracket headings", () => {
    const text = "1.完善制度\n（1）制定计划\n）落实责任\n（3）强化考核";
    expect(parse(text).headings.map((h) => h.style)).toEqual(["arabic-dot", "arabic-paren-full", "arabic-paren-full", "arabic-paren-full"]);
  });

  it("needs bracket headings in the document", () => {
    expect(parse("一、主要举措\n)健全社会矛盾纠纷行政预防调处化解体系。办结案件。").headings).toHaveLength(1);
  });

  it("does not take a wrapped or bracketed sentence", () => {
    const cases = [
      "本报告根据《条例》（以\n）为依据编制。",
      "（本列数据的勾稽关系为：第一项加第二项之和，",
      "（一年来，我局扎实推进依法行政工作",
      "（此件公开发布）",
    ];
    for (const line of cases) expect(parse(`${section}${line}`).headings).toHaveLength(3);
  });
});

describe("pieces of prescribed tables", () => {
  const xxgk = (rows: string) =>
    `2024年政府信息公开工作年度报告\n一、总体情况\n三、收到和处理政府信息公开申请情况\n| 一、本年新收 | 5 |\n${rows}\n| 2 | 0 |\n四、政府信息公开行政复议、行政诉讼情况`;

  it("drops lines that begin a table row label of a 政府信息公开 report", () => {
    for (const row of ["（四）无", "（二）部分公开（区分处理的，只计这一情", "三、本法提供", "5.要求行政机关确认或重新出具"]) {
      expect(summary(xxgk(row)).map((h) => h.text), row).toEqual(["总体情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"]);
    }
  });

  it("keeps real headings that share a table label's number", () => {
    expect(summary(xxgk("（四）加强平台建设")).map((h) => h.text)).toContain("加强平台建设");
  });

  it("knows a 政府信息公开 report by its section headings when no opening line names it", () => {
    const untitled = (row: string) =>
      `根据条例要求，现将本单位2024年度有关情况报告如下：\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n| 一、本年新收 | 5 |\n${row}`;
    expect(summary(untitled("三、本年度办")).map((h) => h.text)).toEqual(["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"]);
    // Top-level headings of another kind of report do not make table labels of its lines.
    const fazhi = "现将有关情况报告如下：\n一、主要举措和成效\n二、存在的不足和原因\n三、本年度办理案件情况";
    expect(summary(fazhi).map((h) => h.text)).toEqual(["主要举措和成效", "存在的不足和原因", "本年度办理案件情况"]);
  });

  it("keeps such lines as headings in a report without prescribed tables", () => {
    expect(summary("关于2024年法治政府建设情况的报告\n一、主要举措\n（一）甲\n（二）乙\n（三）丙\n（四）无法提供的情况说明").map((h) => h.value)).toEqual([1, 1, 2, 3, 4]);
  });
});
