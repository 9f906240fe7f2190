import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

const cutOf = (text: string) => {
  const cut = parse(text).meta.cutOff;
  return cut && { reason: cut.reason, words: text.slice(...cut.span), atEnd: cut.offset };
};

const REPORT = "某县司法局2024年法治政府建设情况报告\n一、主要举措和成效\n全年办理复议案件12件，办结率100%。\n二、存在的不足和原因\n";

describe("cut-off texts", () => {
  it("a text that stops in mid-sentence is cut at its last character", () => {
    const text = `${REPORT}一是普法形式单一，究其原因在于人员力`;
    // The finding points at the unfinished words: back to the last punctuation, at most 8 characters.
    expect(cutOf(text)).toEqual({ reason: "mid-sentence", words: "其原因在于人员力", atEnd: text.length });
  });

  it("a cut after a comma or an enumeration comma", () => {
    expect(cutOf(`${REPORT}执法人员偏少，`)?.reason).toBe("mid-sentence");
    expect(cutOf(`${REPORT}培训、考核、`)?.reason).toBe("mid-sentence");
  });

  it("a character cut in half (U+FFFD) is left out of the cut", () => {
    const text = `${REPORT}学习宣传不够深入\uFFFD`;
    expect(cutOf(text)).toMatchObject({ reason: "broken-character", atEnd: text.length - 1 });
  });

  it("a heading with nothing under it, and the first words under a heading", () => {
    expect(cutOf(`${REPORT}学习不深。\n三、下一年度工作安排`)).toMatchObject({ reason: "bare-heading", words: "三、下一年度工作安排" });
    expect(cutOf(`${REPORT}学习不深。\n（一）加强学习\n组织`)).toMatchObject({ reason: "mid-sentence", words: "组织" });
    expect(cutOf(`${REPORT}学习不深。\n（一）加强学习\n（二）落实“谁执法`)).toMatchObject({ reason: "bare-heading" });
    // A line like a signature or a date under a bare heading is its body's first words.
    expect(cutOf(`${REPORT}学习不深。\n（一）加强学习\n县司法局`)).toMatchObject({ reason: "mid-sentence", words: "县司法局" });
  });

  it("a run-in heading whose body breaks off is cut in mid-sentence", () => {
    expect(cutOf(`${REPORT}（一）普法不够深入。部分干部对新法`)?.reason).toBe("mid-sentence");
  });

  it("a text ending inside a table", () => {
    expect(cutOf("某局2024年政府信息公开工作年度报告\n一、总体情况\n| 信息内容 | 本年新制作数量 |\n| 规章 | 0 |")?.reason).toBe("in-table");
  });

  it("page chrome after the cut is not the end of the text", () => {
    const text = `${REPORT}执法力量薄弱，人员\n\n首页\n政务公开\n扫一扫在手机打开当前页`;
    expect(cutOf(text)).toMatchObject({ reason: "mid-sentence", words: "人员" });
  });

  it.each([
    ["a finished sentence", `${REPORT}学习不够深入。`],
    ["a closing bracket", `${REPORT}学习不够深入（详见附表）`],
    ["a closing quote", `${REPORT}做到“应公开尽公开”`],
    ["a signature and a date", `${REPORT}学习不够深入。\n某县司法局\n2025年3月20日`],
    ["a date in Chinese numerals", `${REPORT}学习不够深入。\n某县人民政府\n二〇二五年三月二十日`],
    ["a byline", `${REPORT}学习不够深入。\n通讯员 王某`],
    ["page chrome", `${REPORT}学习不够深入。\n首页\n扫一扫在手机打开当前页`],
    ["a title alone", "某县司法局2024年法治政府建设情况报告"],
    ["a signature after a plan item that is a heading ending in a full stop", `${REPORT}学习不深。\n三、下一年度工作安排\n（一）深化改革。\n（二）加强队伍建设。\n某县司法局\n2025年3月20日`],
    ["a plan written as bare headings", `${REPORT}学习不深。\n三、下一年度工作安排\n（一）深化改革\n（二）加强队伍建设`],
    ["特此报告 without a full stop", `${REPORT}学习不够深入。\n特此报告`],
    [
      "a plan of sentence headings, then a signature and a date",
      `${REPORT}学习不深。\n三、下一年度工作安排\n（一）深化改革，优化营商环境。\n（二）加强执法队伍建设。\n某县司法局\n2025年3月20日`,
    ],
    ["an empty text", ""],
  ])("%s is not a cut", (_, text) => {
    expect(cutOf(text)).toBeNull();
  });
});
