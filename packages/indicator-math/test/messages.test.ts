import { describe, expect, it } from "vitest";
import {
  divisionExpression,
  explainInfeasibleRate,
  explainPartWhole,
  explainRate,
  roundingPhrase,
  sumExpression,
  type ArithmeticPayload,
} from "../src/messages.js";
import { quantity } from "./helpers/model.js";

function allText(p: ArithmeticPayload): string {
  return [p.printed, p.computed, p.expression, ...p.candidates, p.suggestion].join("\n");
}

function expectNeutral(p: ArithmeticPayload): void {
  const text = allText(p);
  for (const word of ["错误", "造假", "GRIM", "区间"]) expect(text).not.toContain(word);
}

describe("building blocks", () => {
  it("rounding phrases in both languages", () => {
    expect(roundingPhrase(0)).toBe("四舍五入取整");
    expect(roundingPhrase(1)).toBe("保留一位小数");
    expect(roundingPhrase(2)).toBe("保留两位小数");
    expect(roundingPhrase(12)).toBe("保留12位小数");
    expect(roundingPhrase(0, "en")).toBe("rounded to a whole number");
    expect(roundingPhrase(1, "en")).toBe("rounded to one decimal place");
    expect(roundingPhrase(2, "en")).toBe("rounded to two decimal places");
  });

  it("sum and division expressions", () => {
    expect(sumExpression(["21件", "27件", "81件"], "129件")).toBe("21件 + 27件 + 81件 = 129件");
    expect(divisionExpression(118, 120, 1)).toBe("118 ÷ 120 = 98.33%");
    expect(divisionExpression(2026, 2068, 2)).toBe("2026 ÷ 2068 = 97.969%");
    expect(divisionExpression(18, 20, 0)).toBe("18 ÷ 20 = 90%");
    expect(divisionExpression("1650.5", 2370, 0)).toBe("1650.5 ÷ 2370 = 69.6%");
  });
});

describe("explainRate", () => {
  it("R2: 118 ÷ 120 vs 99.2%", () => {
    const p = explainRate({ rate: "99.2", k: 118, n: 120, rateName: "办结率", numeratorLabel: "办结", denominatorLabel: "受理", unit: "件" });
    expect(p.printed).toBe("99.2%");
    expect(p.computed).toBe("98.33%");
    expect(p.expression).toBe("118 ÷ 120 = 98.33%，保留一位小数应为 98.3%");
    expect(p.candidates).toContain("若办结 119 件，则为 99.2%");
    expect(p.candidates).toContain("若受理 119 件，则为 99.2%");
    expect(p.suggestion).toBe("请核对办结件数或办结率。");
    expectNeutral(p);
  });

  it("precision: 98.00% needs 97.97%, while a shorter spelling would agree", () => {
    const p = explainRate({ rate: "98.00", k: 2026, n: 2068, rateName: "成功率" });
    expect(p.expression).toBe("2026 ÷ 2068 = 97.969%，保留两位小数应为 97.97%");
    // 97.969 rounds to 98.0 as well as 98: the longest agreeing spelling is offered.
    expect(p.candidates).toContain("写作“98.0%”则一致");
    expect(explainRate({ rate: "98.00", k: 976, n: 1000 }).candidates).toContain("写作“98%”则一致");
    expect(p.suggestion).toBe("请核对相关数字。");
  });

  it("a consistent rate gets the arithmetic and no suggestion", () => {
    const p = explainRate({ rate: "98.3", k: 118, n: 120 });
    expect(p.expression).toBe("118 ÷ 120 = 98.33%，保留一位小数为 98.3%");
    expect(p.candidates).toEqual([]);
    expect(p.suggestion).toBe("");
  });

  it("truncation and the strict 100%", () => {
    const t = explainRate({ rate: "91.6", k: 11, n: 12 });
    expect(t.candidates.some((c) => c.includes("舍去尾数") && c.includes("91.7%"))).toBe(true);
    const s = explainRate({ rate: "100", k: 14, n: 15, numeratorLabel: "办结", unit: "件" });
    expect(s.expression).toBe("14 ÷ 15 = 93.3%，四舍五入取整应为 93%");
    expect(s.candidates).toContain("若办结 15 件，则为 100%");
    expect(s.candidates).toContain("100% 表示全部，但 14 少于 15");
    const z = explainRate({ rate: "0", k: 1, n: 300 });
    expect(z.candidates).toContain("0% 表示没有，但实际为 1");
    expectNeutral(s);
  });

  it("an exact quotient needs no rounding clause; a zero denominator says so", () => {
    expect(explainRate({ rate: "100", k: 18, n: 20 }).expression).toBe("18 ÷ 20 = 90%");
    expect(explainRate({ rate: "100", k: 0, n: 0 }).suggestion).toBe("分母为零，无法核对该比率。");
    expect(explainRate({ rate: "100", k: 0, n: 0, locale: "en" }).suggestion).toContain("zero");
  });

  it("English", () => {
    const p = explainRate({ rate: "99.2", k: 118, n: 120, rateName: "办结率", numeratorLabel: "办结", denominatorLabel: "受理", unit: "件", locale: "en" });
    expect(p.expression).toBe("118 ÷ 120 = 98.33%, which rounded to one decimal place should be 98.3%");
    expect(p.candidates).toContain("with 办结 = 119件, it would be 99.2%");
    expect(p.candidates).toContain("with 受理 = 119件, it would be 99.2%");
    expect(p.suggestion).toBe("Please check the number of 办结 or 办结率.");
    expect(explainRate({ rate: "98.00", k: 976, n: 1000, locale: "en" }).candidates).toContain('printed as "98%" it would agree');
    expect(explainRate({ rate: "91.6", k: 11, n: 12, locale: "en" }).candidates).toEqual([
      "91.6% is 91.67% cut off rather than rounded; rounded it is 91.7%",
    ]);
    expect(explainRate({ rate: "100", k: 14, n: 15, locale: "en" }).candidates).toContain("100% means all, but 14 is fewer than 15");
  });
});

describe("explainInfeasibleRate", () => {
  it("R3: 15 件 & 99%", () => {
    const p = explainInfeasibleRate({ rate: "99", n: 15, rateName: "办结率", numeratorLabel: "办结", denominatorLabel: "受理", unit: "件" });
    expect(p.printed).toBe("99%");
    expect(p.computed).toBe("93.3% 或 100%");
    expect(p.expression).toBe("14 ÷ 15 = 93.3%，15 ÷ 15 = 100%");
    expect(p.candidates).toEqual(["办结14件为 14 ÷ 15 = 93.3%", "全部办结为 100%"]);
    expect(p.suggestion).toBe("没有任何办结件数能得到 99%。请核对受理件数或办结率。");
    expectNeutral(p);
  });

  it("356 & 98.8% without labels, and English", () => {
    const p = explainInfeasibleRate({ rate: "98.8", n: 356 });
    expect(p.candidates).toEqual(["351 ÷ 356 = 98.60%", "352 ÷ 356 = 98.88%"]);
    expect(p.suggestion).toBe("没有任何整数能得到 98.8%。请核对相关数字或百分比。");
    const en = explainInfeasibleRate({ rate: "99", n: 15, numeratorLabel: "办结", unit: "件", locale: "en" });
    expect(en.computed).toBe("93.3% or 100%");
    expect(en.candidates).toEqual(["办结 14件: 14 ÷ 15 = 93.3%", "all 办结: 100%"]);
    expect(en.suggestion).toBe("No whole number of 办结 gives 99%. Please check the denominator or the rate.");
  });

  it("a feasible rate gets no suggestion", () => {
    expect(explainInfeasibleRate({ rate: "83.3", n: 6 }).suggestion).toBe("");
  });
});

describe("explainPartWhole", () => {
  it("R1 + R4: 67件 vs 21 + 27 + 81", () => {
    const p = explainPartWhole({
      whole: { value: "67", unit: "件" },
      parts: [
        { value: "21", unit: "件", label: "裁决" },
        { value: "27", unit: "件", label: "线下调解" },
        { value: "81", unit: "件", label: "线上调解" },
      ],
      exhaustive: false,
      disjoint: true,
    });
    expect(p.printed).toBe("67件");
    expect(p.computed).toBe("129件");
    expect(p.expression).toBe("21件 + 27件 + 81件 = 129件");
    expect(p.candidates).toEqual(["比总数多 62 件", "「线上调解81件」一项已超过总数"]);
    expect(p.suggestion).toBe("分项之和不应大于总数，请核对总数或各分项数字。");
    expect(p.result.verdict).toBe("error");
    expectNeutral(p);
  });

  it("exhaustive: 共计41件 vs 23 + 17", () => {
    const p = explainPartWhole({ whole: { value: "41", unit: "件" }, parts: [{ value: "23", unit: "件" }, { value: "17", unit: "件" }], exhaustive: true });
    expect(p.expression).toBe("23件 + 17件 = 40件");
    expect(p.candidates).toEqual(["相差 1 件"]);
    expect(p.suggestion).toBe("请核对总数或各分项数字。");
  });

  it("money in mixed multipliers sums in the smallest one", () => {
    const p = explainPartWhole({
      whole: quantity({ value: "1.2", multiplier: "亿", unitText: "元" }),
      parts: [quantity({ value: "8000", multiplier: "万", unitText: "元" }), quantity({ value: "5500", multiplier: "万", unitText: "元" })],
      exhaustive: false,
      disjoint: true,
    });
    expect(p.printed).toBe("1.2亿元");
    expect(p.expression).toBe("8000万元 + 5500万元 = 13500万元");
    expect(p.candidates).toEqual(["比总数多 1500 万元"]);
    expect(p.result.verdict).toBe("error");
  });

  it("WARN on a hedged whole names the usual range", () => {
    const p = explainPartWhole({
      whole: quantity({ value: "3000", unitText: "份", approx: "more", approxWord: "余" }),
      parts: [quantity({ value: "1200", unitText: "份" }), quantity({ value: "2900", unitText: "份" })],
      exhaustive: false,
      disjoint: true,
    });
    expect(p.result.verdict).toBe("warn");
    expect(p.candidates).toContain("已超出“3000余”通常表示的范围（3000 至 3999 份）");
    const about = explainPartWhole({
      whole: { value: "2300", unit: "万元", approx: "about" },
      parts: [{ value: "2000", unit: "万元" }, { value: "500", unit: "万元" }],
      exhaustive: true,
    });
    expect(about.candidates).toContain("已超出“约2300”通常表示的范围（2200 至 2400 万元）");
  });

  it("a single part over the whole, and English", () => {
    const p = explainPartWhole({ whole: { value: "10", unit: "件" }, parts: [{ value: "12", unit: "件" }], exhaustive: false });
    expect(p.suggestion).toBe("分项不应大于总数，请核对总数或该分项数字。");
    const en = explainPartWhole({
      whole: { value: "67", unit: "件" },
      parts: [{ value: "21", unit: "件" }, { value: "81", unit: "件", label: "线上调解" }],
      exhaustive: false,
      disjoint: true,
      locale: "en",
    });
    expect(en.candidates).toEqual(["35 件 more than the total", '"线上调解81件" alone exceeds the total']);
    expect(en.suggestion).toContain("should not add up to more than the total");
    expect(explainPartWhole({ whole: { value: "41", unit: "件" }, parts: [{ value: "23", unit: "件" }, { value: "17", unit: "件" }], exhaustive: true, locale: "en" }).candidates).toEqual([
      "a difference of 1 件",
    ]);
  });

  it("says nothing to check when the sums agree", () => {
    const p = explainPartWhole({ whole: { value: "114", unit: "条" }, parts: ["1", "4", "98", "8", "3"].map((value) => ({ value, unit: "条" })), exhaustive: true });
    expect(p.expression).toBe("1条 + 4条 + 98条 + 8条 + 3条 = 114条");
    expect(p.candidates).toEqual([]);
    expect(p.suggestion).toBe("");
  });
});
