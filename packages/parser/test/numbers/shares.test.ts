import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

/** Each percentage of a text: as printed, its name as printed at nameAt, and the whole its share names. */
function shares(text: string) {
  return parse(text).rates.map((r) => ({
    raw: r.raw,
    name: r.nameAt === null ? null : text.slice(r.nameAt, r.nameAt + r.name.length),
    share: r.share,
  }));
}

describe("rate.share: a share that names no whole", () => {
  it("占 right before the percentage", () => {
    expect(shares("全年直办工单37643件，占52.7%。")).toEqual([{ raw: "52.7%", name: null, share: "" }]);
  });

  it("占比, named at 占比", () => {
    expect(shares("咨询类工单占比22.2%。")).toEqual([{ raw: "22.2%", name: "占比", share: "" }]);
  });

  it("比例为 and 所占比例为", () => {
    expect(shares("不予公开的比例为5%。")).toEqual([{ raw: "5%", name: "比例", share: "" }]);
    expect(shares("行政复议纠错案件所占比例为12.5%。")).toEqual([{ raw: "12.5%", name: "比例", share: "" }]);
  });

  it("比重为", () => {
    expect(shares("第三产业投资比重为24.6%。")).toEqual([{ raw: "24.6%", name: "比重", share: "" }]);
  });

  it("a percentage alone in brackets right after a count", () => {
    expect(shares("予以公开208件（17.46%），部分公开35件(2.94%)。")).toEqual([
      { raw: "17.46%", name: null, share: "" },
      { raw: "2.94%", name: null, share: "" },
    ]);
  });
});

describe("rate.share: the whole a share names", () => {
  it("占总体的比例为, with a space before %", () => {
    expect(shares("法规文件类信息25条，占总体的比例为2.8 %。")).toEqual([{ raw: "2.8 %", name: "比例", share: "总体" }]);
  });

  it("占…的 without a share word", () => {
    expect(shares("行政机关败诉5件，占已审结总数的38.5%。")).toEqual([{ raw: "38.5%", name: null, share: "已审结总数" }]);
  });

  it("占…比重为", () => {
    expect(shares("工业投资占全市固定资产投资比重为24.6%。")).toEqual([{ raw: "24.6%", name: "比重", share: "全市固定资产投资" }]);
  });

  it("the share's words end the clause before its link word", () => {
    expect(shares("劳动报酬争议占受理案件数比例最高，达92.71%。")).toEqual([{ raw: "92.71%", name: null, share: "受理案件数" }]);
  });
});

describe("rate.share: not a share", () => {
  it("a growth rate", () => {
    expect(shares("受理案件同比增长5%。")).toEqual([{ raw: "5%", name: "同比增长", share: null }]);
    expect(shares("占用耕地30亩，同比下降3.5%。")).toEqual([{ raw: "3.5%", name: "同比下降", share: null }]);
  });

  it("a named rate", () => {
    expect(shares("全年受理120件，办结率98%。")).toEqual([{ raw: "98%", name: "办结率", share: null }]);
  });

  it("a rate named before a bracketed note", () => {
    expect(parse("网格覆盖率(按户计)为95%；覆盖率（含线上）达到90%。").rates.map((r) => r.share)).toEqual([null, null]);
  });

  it("a percentage in brackets after a rate name", () => {
    expect(shares("办结率（98%）。")).toEqual([{ raw: "98%", name: null, share: null }]);
  });

  it("percentage points are never a share", () => {
    expect(parse("直办工单占比较上年提高2.1个百分点。").rates.map((r) => [r.kind, r.share])).toEqual([["percent-points", null]]);
  });
});

describe("rate.nameAt", () => {
  it("points at the first character of the name, past link words", () => {
    const text = "全年受理120件，办结率达到98%，调解成功率为96.5%。";
    const rates = parse(text).rates;
    expect(rates.map((r) => [r.name, r.nameAt])).toEqual([
      ["办结率", text.indexOf("办结率")],
      ["调解成功率", text.indexOf("调解成功率")],
    ]);
  });

  it("is null when there is no name", () => {
    expect(parse("全年直办工单37643件，占52.7%。").rates.map((r) => [r.name, r.nameAt])).toEqual([["", null]]);
  });
});
