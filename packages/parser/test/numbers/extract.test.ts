import { UNITS, type Clause, type Span } from "@reportlint/report-model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../src/numbers/extract.js";
import { quantitiesOf, ratesOf } from "./summary.js";

const only = (text: string) => {
  const { quantities, rates } = extractNumbers(text, [], []);
  expect(quantities.length + rates.length).toBe(1);
  return quantities[0] ?? rates[0]!;
};

describe("extractNumbers: Arabic quantities", () => {
  it("reads 71.3余万元 as 71.3 more, multiplier 万, unit 元, 713 × 10^3 元", () => {
    expect(only("挽回经济损失71.3余万元。")).toMatchObject({
      raw: "71.3余万元",
      value: "71.3",
      mantissa: "713",
      scaleExp: 3,
      decimals: 1,
      multiplier: "万",
      unit: "元",
      unitText: "元",
      dimension: "money",
      approx: "more",
      approxWord: "余",
      numeral: "arabic",
      label: "挽回经济损失",
      clause: null,
    });
  });

  it("reads 余 before a unit, 余 before a multiplier and 余 after it", () => {
    expect(only("发放1500余份")).toMatchObject({ value: "1500", mantissa: "1500", scaleExp: 0, approx: "more" });
    expect(only("推送20余万条")).toMatchObject({ value: "20", mantissa: "20", scaleExp: 4, multiplier: "万" });
    expect(only("受益群众6万余人")).toMatchObject({ value: "6", scaleExp: 4, approx: "more", approxWord: "余" });
  });

  it("scales decimals and multipliers: 3.5万人, 1.2亿元, 2000万条, 8.15万元", () => {
    expect(only("3.5万人")).toMatchObject({ mantissa: "35", scaleExp: 3, decimals: 1, unit: "人" });
    expect(only("1.2亿元")).toMatchObject({ mantissa: "12", scaleExp: 7, decimals: 1, multiplier: "亿" });
    expect(only("2000万条")).toMatchObject({ mantissa: "2000", scaleExp: 4, decimals: 0 });
    expect(only("8.15万元")).toMatchObject({ mantissa: "815", scaleExp: 2, decimals: 2 });
    expect(only("3千元")).toMatchObject({ mantissa: "3", scaleExp: 3, multiplier: "千" });
    expect(only("1.5万亿元")).toMatchObject({ mantissa: "15", scaleExp: 11, multiplier: "万亿" });
  });

  it("keeps the printed decimals (98.0 is not 98)", () => {
    expect(only("共计12.50万元")).toMatchObject({ value: "12.50", mantissa: "1250", decimals: 2, scaleExp: 2 });
  });

  it("needs a measure word: a bare number, a year or a month is not a quantity", () => {
    expect(quantitiesOf("共计3.5万")).toEqual([]);
    expect(quantitiesOf("2024年度")).toEqual([]);
    expect(quantitiesOf("8月份")).toEqual([]);
    expect(quantitiesOf("第3季度")).toEqual([]);
  });

  it("reads each number of a run of counts", () => {
    expect(quantitiesOf("开展安全生产教育培训121起19046人次重大隐患判定标准提升行动50次人数2738人")).toEqual([
      "121起",
      "19046人次",
      "50次",
      "2738人",
    ]);
  });

  it("does not read section or version numbers, dates or times as counts", () => {
    expect(quantitiesOf("按照1.2.3条执行")).toEqual([]);
    expect(quantitiesOf("发布时间:2025-03-25来源")).toEqual([]);
    expect(quantitiesOf("于10:30召开")).toEqual([]);
    expect(quantitiesOf("在G20峰会")).toEqual([]);
  });
});

describe("extractNumbers: Chinese numerals", () => {
  it("reads a Chinese numeral followed by a measure word", () => {
    expect(only("受理劳动争议案件一百二十件")).toMatchObject({
      raw: "一百二十件",
      value: "120",
      mantissa: "120",
      numeral: "chinese",
      unit: "件",
    });
    expect(quantitiesOf("两千零六十八起")).toEqual(["2068起"]);
    expect(quantitiesOf("两万三千人")).toEqual(["23000人"]);
  });

  it("reads 一千二百余人 as 1200, more", () => {
    expect(only("培训一千二百余人")).toMatchObject({ value: "1200", approx: "more", approxWord: "余" });
  });

  it("treats a final 万/亿 as a multiplier, as in the Arabic form", () => {
    expect(only("二十万人")).toMatchObject({ value: "20", mantissa: "20", multiplier: "万", scaleExp: 4 });
    expect(only("二十余万条")).toMatchObject({ value: "20", multiplier: "万", approx: "more" });
    expect(only("三点五万元")).toMatchObject({ value: "3.5", mantissa: "35", multiplier: "万", scaleExp: 3 });
    expect(only("一万二千人")).toMatchObject({ value: "12000", multiplier: "", scaleExp: 0 });
  });

  it("accepts the colloquial form before a unit (smart mode)", () => {
    expect(quantitiesOf("一万二人次")).toEqual(["12000人次"]);
  });

  it("needs a measure word right after the numeral", () => {
    expect(quantitiesOf("一把手")).toEqual([]);
    expect(quantitiesOf("三级审核机制")).toEqual([]);
    expect(quantitiesOf("开展三年行动")).toEqual([]);
  });

  it("never reads digit-by-digit years or vague pairs", () => {
    expect(quantitiesOf("二〇二四年")).toEqual([]);
    expect(quantitiesOf("二〇二四件")).toEqual([]);
    expect(quantitiesOf("用时三五天")).toEqual([]);
    expect(quantitiesOf("两三个")).toEqual([]);
  });
});

describe("extractNumbers: units", () => {
  it.each(Object.entries(UNITS))("reads the measure word %s", (word, info) => {
    const { quantities } = extractNumbers(`共3${word}。`, [], []);
    expect(quantities).toHaveLength(1);
    expect(quantities[0]).toMatchObject({ unit: info.id, unitText: word, dimension: info.dimension });
  });

  it("takes the longest measure word: 人次 before 人, 个工作日 before 个, 家次 before 家", () => {
    expect(only("安置1150人次")).toMatchObject({ unit: "人次", unitText: "人次", dimension: "person-visit" });
    expect(only("救助46935人")).toMatchObject({ unit: "人", dimension: "person" });
    expect(only("压缩至3个工作日")).toMatchObject({ unit: "工作日", unitText: "个工作日", dimension: "time" });
    expect(only("检查9391家次")).toMatchObject({ unit: "家次", dimension: "event" });
    expect(only("举办2场次")).toMatchObject({ unit: "场", unitText: "场次" });
  });

  it("normalises interchangeable measure words (宗 起 例 → 件, 名 位 → 人)", () => {
    expect(quantitiesOf("249宗、2068起、3例、116名、5位").length).toBe(5);
    const units = extractNumbers("249宗、2068起、3例、116名、5位", [], []).quantities.map((q) => q.unit);
    expect(units).toEqual(["件", "件", "件", "人", "人"]);
  });

  it("does not take the start of another word for a measure word", () => {
    expect(quantitiesOf("3部门联合发文")).toEqual([]);
    expect(quantitiesOf("历时3个月")).toEqual([]);
    expect(quantitiesOf("统一部署")).toEqual([]);
    expect(quantitiesOf("3名单位负责人")).toEqual([]);
    expect(quantitiesOf("学习了30余部法律法规")).toEqual(["30部~more"]);
  });
});

describe("extractNumbers: hedge words", () => {
  it.each([
    ["约2300万元", "about", "约"],
    ["大约300人", "about", "大约"],
    ["近似300人", "about", "近似"],
    ["300人左右", "about", "左右"],
    ["近300个", "nearly", "近"],
    ["将近300人", "nearly", "将近"],
    ["接近300人", "nearly", "接近"],
    ["3000余份", "more", "余"],
    ["3000多份", "more", "多"],
    ["逾300人", "more", "逾"],
    ["超过40件", "more", "超过"],
    ["超40件", "more", "超"],
    ["300人以上", "atLeast", "以上"],
    ["3件及以上", "atLeast", "及以上"],
    ["不少于300人", "atLeast", "不少于"],
    ["至少300人", "atLeast", "至少"],
    ["不足5件", "below", "不足"],
    ["不到5件", "below", "不到"],
    ["少于5件", "below", "少于"],
    ["5人以下", "atMost", "以下"],
    ["不超过5个工作日", "atMost", "不超过"],
    ["5个工作日以内", "atMost", "以内"],
  ])("%s → %s", (text, approx, word) => {
    expect(only(`共${text}。`)).toMatchObject({ approx, approxWord: word, raw: text });
  });

  it("reads 达 X alone as exact and leaves 达 out of the span", () => {
    expect(only("受益群众达600人")).toMatchObject({ raw: "600人", approx: "exact", approxWord: null });
  });

  it("does not take the end of another word for a hedge", () => {
    expect(only("签约3个项目")).toMatchObject({ approx: "exact", raw: "3个" });
    expect(only("最近3天")).toMatchObject({ approx: "exact", raw: "3天" });
  });

  it("lets 余/多 inside the number win over a word outside it", () => {
    expect(only("超过3000余份")).toMatchObject({ approx: "more", approxWord: "余", raw: "超过3000余份" });
  });
});

describe("extractNumbers: rates", () => {
  it("reads 83.3% and 83.3％ and keeps printed decimals", () => {
    expect(only("结案率83.3%")).toMatchObject({
      raw: "83.3%",
      name: "结案率",
      value: "83.3",
      mantissa: "833",
      decimals: 1,
      kind: "percent",
      approx: "exact",
    });
    expect(only("结案率83.3％")).toMatchObject({ value: "83.3", raw: "83.3％" });
    expect(only("成功率98.0%")).toMatchObject({ mantissa: "980", decimals: 1 });
    expect(only("即办率100%")).toMatchObject({ mantissa: "100", decimals: 0 });
  });

  it("reads 百分之八十三点三 with 1 decimal", () => {
    expect(only("结案率为百分之八十三点三")).toMatchObject({
      raw: "百分之八十三点三",
      name: "结案率",
      value: "83.3",
      mantissa: "833",
      decimals: 1,
    });
  });

  it("reads 个百分点 as a difference, never a rate", () => {
    expect(ratesOf("结案率同比提高2.5个百分点")).toEqual(["同比提高=2.5pt"]);
    expect(ratesOf("下降三个百分点")).toEqual(["下降=3pt"]);
    expect(quantitiesOf("提高2.5个百分点")).toEqual([]);
  });

  it.each([
    ["结案率83.3%", "结案率=83.3%"],
    ["办结率98.3%", "办结率=98.3%"],
    ["调解成功率为71.25%", "调解成功率=71.25%"],
    ["调解成功2026起,成功率98%", "成功率=98%"],
    ["群众满意率达99%以上", "满意率=99%~atLeast"],
    ["即办件占比88.72%", "即办件占比=88.72%"],
    ["农民工占比为40%", "占比=40%"],
    ["期限内结案率为 100%", "期限内结案率=100%"],
    ["案件结案率为 100%", "结案率=100%"],
    ["行政机关负责人出庭应诉率为100%", "负责人出庭应诉率=100%"],
    ["时限压缩比例95.29%", "压缩比例=95.29%"],
    ["审查率、备案率均达100%", "备案率=100%"],
    ["出庭应诉率是100%", "出庭应诉率=100%"],
    ["办结率达到99%", "办结率=99%"],
    ["办结率：99%", "办结率=99%"],
    ["城乡居民参保率达95%", "参保率=95%"],
    ["同比增长125%", "同比增长=125%"],
    ["占审批总量的98.48%", "=98.48%"],
    ["省级司法所实现100%全覆盖", "=100%"],
  ])("names %s", (text, expected) => {
    expect(ratesOf(text)).toEqual([expected]);
  });

  it.each([
    ["满意率达99%以上", "atLeast", "以上"],
    ["满意率不低于95%", "atLeast", "不低于"],
    ["败诉率不足5%", "below", "不足"],
    ["败诉率低于5%", "below", "低于"],
    ["错误率不超过1%", "atMost", "不超过"],
    ["错误率1%以下", "atMost", "以下"],
    ["纠错率约19.2%", "about", "约"],
  ])("reads the hedge of %s", (text, approx, word) => {
    const { rates } = extractNumbers(text, [], []);
    expect(rates[0]).toMatchObject({ approx, approxWord: word });
  });

  it("skips percentage ranges", () => {
    expect(ratesOf("控制在3%-5%之间")).toEqual([]);
  });
});

describe("extractNumbers: spans in the original text", () => {
  it("maps full-width digits, ％ and ． back to the text", () => {
    const text = "受理１５件，办结率为１００％，金额１．５万元";
    const { quantities, rates } = extractNumbers(text, [], []);
    expect(quantities.map((q) => [q.raw, q.value, text.slice(...q.span)])).toEqual([
      ["１５件", "15", "１５件"],
      ["１．５万元", "1.5", "１．５万元"],
    ]);
    expect(rates[0]).toMatchObject({ raw: "１００％", value: "100", name: "办结率" });
    expect(text.slice(...rates[0]!.span)).toBe("１００％");
  });

  it("removes thousands separators from the value only", () => {
    expect(only("共计1,250件")).toMatchObject({ raw: "1,250件", value: "1250", span: [2, 8] });
    expect(only("共计12,345,678元")).toMatchObject({ value: "12345678" });
    expect(only("受理2,818件")).toMatchObject({ value: "2818" });
  });

  it("does not take a comma between two numbers for a separator", () => {
    expect(quantitiesOf("分别为1,23件")).toEqual(["23件"]);
  });

  it("reads spaces between number and unit without changing the text", () => {
    const text = "受理投诉举报 15 件;发放宣传材料 1500 余份、近 45.9 万人";
    const { quantities } = extractNumbers(text, [], []);
    expect(quantities.map((q) => q.raw)).toEqual(["15 件", "1500 余份", "近 45.9 万人"]);
    for (const q of quantities) expect(text.slice(...q.span)).toBe(q.raw);
    expect(quantities.map((q) => q.value)).toEqual(["15", "1500", "45.9"]);
  });
});

describe("extractNumbers: clauses and excluded spans", () => {
  const text = "受理120件，办结118件。办结率98.3%。";
  const clauses: Clause[] = [
    { span: [0, 13], paragraph: 0, sentence: 0 },
    { span: [13, 21], paragraph: 0, sentence: 1 },
  ];

  it("gives each number the index of its clause", () => {
    const { quantities, rates } = extractNumbers(text, clauses, []);
    expect(quantities.map((q) => q.clause)).toEqual([0, 0]);
    expect(rates.map((r) => r.clause)).toEqual([1]);
  });

  it("finds clauses given out of order and leaves numbers outside any clause at null", () => {
    const { quantities, rates } = extractNumbers(text, [clauses[1]!], []);
    expect(quantities.map((q) => q.clause)).toEqual([null, null]);
    expect(rates.map((r) => r.clause)).toEqual([0]);
    const reversed = extractNumbers(text, [clauses[1]!, clauses[0]!], []);
    expect(reversed.quantities.map((q) => q.clause)).toEqual([1, 1]);
  });

  it("does not look for a rate name outside its clause", () => {
    const t = "结案率。95%";
    const cl: Clause[] = [
      { span: [0, 4], paragraph: 0, sentence: 0 },
      { span: [4, 7], paragraph: 0, sentence: 1 },
    ];
    expect(extractNumbers(t, cl, []).rates[0]).toMatchObject({ name: "" });
  });

  it("skips numbers inside excluded spans and numbers that run into one", () => {
    const page = "首页 访问量1000次\n受理120件";
    const excluded: Span[] = [[0, 11]];
    expect(extractNumbers(page, [], excluded).quantities.map((q) => q.raw)).toEqual(["120件"]);
    expect(extractNumbers("受理120件", [], [[5, 6]]).quantities).toEqual([]);
    expect(extractNumbers("约120件", [], [[0, 1]]).quantities.map((q) => q.raw)).toEqual(["120件"]);
  });

  it("labels each count with the words before it, back to a list mark, bracket or the previous number", () => {
    const labels = (s: string) => extractNumbers(s, [], []).quantities.map((q) => q.label);
    expect(labels("8-10月共受理劳动争议案件67件(裁决21件、线下调解27件、线上调解81件)")).toEqual([
      "8-10月共受理劳动争议案件",
      "裁决",
      "线下调解",
      "线上调解",
    ]);
    expect(labels("行政诉讼发案数139件,审结130件,败诉7件")).toEqual(["行政诉讼发案数", "审结", "败诉"]);
    expect(labels("调处纠纷约2300起，其中调解成功2026起")).toEqual(["调处纠纷", "其中调解成功"]);
    expect(labels("受理120件办结118件")).toEqual(["受理", "办结"]);
  });
});

describe("extractNumbers: properties", () => {
  const alphabet = [
    ..."0123456789０１２３４５６７８９.．,，%％ 一二两三十百千万亿零〇点余多约近超以上下左右第年月“”《》〔〕【】[]\"-—至件人次个工作日元份率为达。；\n",
    "百分之",
    "个百分点",
    "结案率",
  ];
  const texts = fc.oneof(
    fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 60 }),
    fc.string({ maxLength: 60 }),
  );
  const spans = fc.array(fc.tuple(fc.nat(70), fc.nat(10)).map(([s, l]): Span => [s, s + l]), { maxLength: 3 });

  it("never throws and keeps every span inside the text, in order, with raw = the text of the span", () => {
    fc.assert(
      fc.property(texts, spans, (text, excluded) => {
        const { quantities, rates } = extractNumbers(text, [], excluded);
        for (const item of [...quantities, ...rates]) {
          const [start, end] = item.span;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(item.raw).toBe(text.slice(start, end));
          expect(item.mantissa).toBe(item.value.replace(".", "").replace(/^0+(?=\d)/, ""));
          expect(item.decimals).toBe(item.value.includes(".") ? item.value.split(".")[1]!.length : 0);
          for (const [s, e] of excluded) if (e > s) expect(end <= s || start >= e).toBe(true);
        }
        const starts = quantities.map((q) => q.span[0]);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("extractNumbers: bare counts (s22)", () => {
  const units = (text: string) => extractNumbers(text, [], []).quantities.map((q) => [q.raw, q.unit]);
  it("reads a unit wrapped to the next line after words (其中原创文章 294⏎篇)", () => {
    expect(units("其中原创文章 294\n篇，关注人数达 1016823 人")).toEqual([
      ["294\n篇", "篇"],
      ["1016823 人", "人"],
    ]);
  });
  it("does not join a number alone on its line (a table cell) to the next line", () => {
    expect(units("合计\n22\n件")).toEqual([]);
  });
  it("does not join a wrapped unit that starts a word (2940⏎篇目录)", () => {
    expect(units("其中 2940\n篇目录")).toEqual([]);
  });
  it("reads a count whose unit is named before it (参与人次达115250)", () => {
    expect(units("参与人次达115250，其中110897人次")).toEqual([
      ["115250", "人次"],
      ["110897人次", "人次"],
    ]);
  });
  it("reads 人数为N as a count of people", () => {
    expect(units("参训人数为120，")).toEqual([["120", "人"]]);
  });
  it("leaves a bare number after other words alone (参与达115250, 编号为12)", () => {
    expect(units("参与达115250，编号为12。")).toEqual([]);
  });
});
