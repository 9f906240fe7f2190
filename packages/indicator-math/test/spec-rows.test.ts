// The verdict arithmetic of the §5 test sentences (indicator-math.md), as numbers. Extracting the
// numbers from the sentences is the parser's job; these tests fix what the arithmetic must say.
import { describe, expect, it } from "vitest";
import { intervalToString } from "../src/interval.js";
import { findIndicator, findRole } from "../src/lexicon.js";
import { checkPartWhole } from "../src/part-whole.js";
import { areDisjointParts } from "../src/partitions.js";
import { valueIntervals } from "../src/printed.js";
import { checkProportionBounds, checkRate, denominatorsForRate, numeratorForRate } from "../src/rate-check.js";
import { feasibleCounts, isFeasible, isGrimTestable, nearestFeasibleRates } from "../src/grim.js";
import { unitsCompatible } from "../src/units.js";
import { quantity } from "./helpers/model.js";

const q = (value: string, unitText: string, multiplier = "") => quantity({ value, unitText, multiplier });

describe("§5 part–whole rows", () => {
  it("row 1: 67件 vs 裁决21 + 线下调解27 + 线上调解81 → ERROR (sum and single part)", () => {
    const disjoint = areDisjointParts(["裁决", "线下调解", "线上调解"]);
    expect(disjoint).toBe(true);
    const r = checkPartWhole({ whole: q("67", "件"), parts: [q("21", "件"), q("27", "件"), q("81", "件")], exhaustive: false, disjoint });
    expect(r.verdict).toBe("error");
    expect(r.findings.map((f) => f.check).sort()).toEqual(["part-exceeds-whole", "sum-exceeds-whole"]);
    expect(r.exceedingParts).toEqual([2]);
    expect(r.sum.num).toBe(129n);
    expect(r.difference.num).toBe(62n);
  });

  it("row 2: 6件 (调解4件、裁决1件) → sum fine; 结案 = 4 + 1 = 5 fits 83.3%", () => {
    expect(checkPartWhole({ whole: q("6", "件"), parts: [q("4", "件"), q("1", "件")], exhaustive: false, disjoint: areDisjointParts(["调解", "裁决"]) }).verdict).toBe("ok");
    expect(checkRate("83.3", 4 + 1, 6).consistent).toBe(true);
  });

  it("row 7: 249宗 = 往年积案9 + 新年度240 → consistent", () => {
    expect(checkPartWhole({ whole: q("249", "宗"), parts: [q("9", "宗"), q("240", "宗")], exhaustive: true }).verdict).toBe("ok");
  });

  it("row 9: nested 114 = 1+4+98+8+3, 78 = 64+4+3+3+4, 193 = 114+1+78", () => {
    const parts = (xs: string[]) => xs.map((x) => q(x, "条"));
    for (const exhaustive of [true, false]) {
      expect(checkPartWhole({ whole: q("114", "条"), parts: parts(["1", "4", "98", "8", "3"]), exhaustive, disjoint: true }).verdict).toBe("ok");
      expect(checkPartWhole({ whole: q("78", "条"), parts: parts(["64", "4", "3", "3", "4"]), exhaustive, disjoint: true }).verdict).toBe("ok");
      expect(checkPartWhole({ whole: q("193", "条"), parts: parts(["114", "1", "78"]), exhaustive, disjoint: true }).verdict).toBe("ok");
    }
  });

  it("row 10: 仲裁裁决结案46件(其中一裁终局42件) → 42 ≤ 46", () => {
    expect(checkPartWhole({ whole: q("46", "件"), parts: [q("42", "件")], exhaustive: false }).verdict).toBe("ok");
  });

  it("row 13: 35件 vs 1件 → fine", () => {
    expect(checkPartWhole({ whole: q("35", "件"), parts: [q("1", "件")], exhaustive: false }).verdict).toBe("ok");
  });

  it("rows 14, 15, 42: 人次 vs 人 and 批次 vs 家 are never compared", () => {
    expect(unitsCompatible("人次", "人")).toBe(false);
    expect(unitsCompatible("批次", "家")).toBe(false);
    const r = checkPartWhole({ whole: quantity({ value: "300", unitText: "人", approx: "more" }), parts: [q("1200", "人次")], exhaustive: false });
    expect(r.verdict).toBe("skip");
  });

  it("rows 28–30: 行政复议45件 with 维持32、撤销5、确认违法3 (、终止6 / 其余6件已终止)", () => {
    const whole = q("45", "件");
    const four = [q("32", "件"), q("5", "件"), q("3", "件"), q("6", "件")];
    expect(areDisjointParts(["维持", "撤销", "确认违法", "终止"])).toBe(true);
    expect(checkPartWhole({ whole, parts: four, exhaustive: false, disjoint: true }).verdict).toBe("error");
    expect(checkPartWhole({ whole, parts: four.slice(0, 3), exhaustive: false, disjoint: true }).verdict).toBe("ok");
    expect(areDisjointParts(["维持", "撤销", "确认违法", "其余已终止"])).toBe(true);
    const r30 = checkPartWhole({ whole, parts: four, exhaustive: true, disjoint: true });
    expect(r30.verdict).toBe("error");
    expect(r30.findings).toContainEqual({ check: "sum-mismatch", severity: "error" });
  });

  it("row 31: 23件 + 17件, 共计41件 → ERROR (exhaustive)", () => {
    const r = checkPartWhole({ whole: q("41", "件"), parts: [q("23", "件"), q("17", "件")], exhaustive: true });
    expect(r.verdict).toBe("error");
    expect(r.difference.num).toBe(-1n);
  });

  it("row 32: 67件(涉及农民工40件、集体争议30件) → no sum check, each part ≤ 67", () => {
    const disjoint = areDisjointParts(["涉及农民工案件", "集体争议案件"]);
    expect(disjoint).toBe(false);
    expect(checkPartWhole({ whole: q("67", "件"), parts: [q("40", "件"), q("30", "件")], exhaustive: false, disjoint }).verdict).toBe("ok");
  });

  it("row 33: 1.2亿元 vs 8000万 + 3500万 + 600万 → consistent (12100万 within [1.15, 1.25]亿)", () => {
    expect(areDisjointParts(["中央资金", "省级资金", "县级资金"])).toBe(true);
    const r = checkPartWhole({
      whole: q("1.2", "元", "亿"),
      parts: [q("8000", "元", "万"), q("3500", "元", "万"), q("600", "元", "万")],
      exhaustive: false,
      disjoint: true,
    });
    expect(r.verdict).toBe("ok");
    expect(intervalToString(r.whole.hard)).toBe("[115000000, 125000000]");
    expect(r.sum.num).toBe(121000000n);
  });

  it("row 34: 1.2亿元 vs 8000万 + 5500万 → ERROR (13500万 > 1.25亿)", () => {
    const r = checkPartWhole({ whole: q("1.2", "元", "亿"), parts: [q("8000", "元", "万"), q("5500", "元", "万")], exhaustive: false, disjoint: true });
    expect(r.verdict).toBe("error");
    expect(r.findings).toEqual([{ check: "sum-exceeds-whole", severity: "error" }]);
  });

  it("rows 35, 36: 3000余份 vs 1200 + 2000 → fine; vs 1200 + 2900 → soft WARN only", () => {
    const whole = quantity({ value: "3000", unitText: "份", approx: "more", approxWord: "余" });
    expect(checkPartWhole({ whole, parts: [q("1200", "份"), q("2000", "份")], exhaustive: false, disjoint: true }).verdict).toBe("ok");
    const r = checkPartWhole({ whole, parts: [q("1200", "份"), q("2900", "份")], exhaustive: false, disjoint: true });
    expect(r.verdict).toBe("warn");
    expect(r.findings).toEqual([{ check: "sum-exceeds-whole", severity: "warn" }]);
  });

  it("row 37: 约2300万元 vs 1650.5万 + 720万 → consistent (2370.5万 within [2200万, 2400万])", () => {
    const whole = quantity({ value: "2300", unitText: "元", multiplier: "万", approx: "about", approxWord: "约" });
    const parts = [q("1650.5", "元", "万"), q("720", "元", "万")];
    for (const exhaustive of [false, true]) {
      expect(checkPartWhole({ whole, parts, exhaustive, disjoint: true }).verdict).toBe("ok");
    }
  });

  it("row 41: 71.3余万元 → (713000, +∞) hard, (713000, 714000) soft", () => {
    const v = valueIntervals(quantity({ value: "71.3", unitText: "元", multiplier: "万", approx: "more", approxWord: "余" }));
    expect(intervalToString(v.hard)).toBe("(713000, +∞)");
    expect(intervalToString(v.soft)).toBe("(713000, 714000)");
  });
});

describe("§5 rate rows", () => {
  it("row 3: 7/130 = 5.3846% → 5.38 ✓", () => {
    expect(checkRate("5.38", 7, 130).consistent).toBe(true);
  });

  it("row 4: 15件 & 99% → impossible, testable", () => {
    expect(isGrimTestable("99", 15)).toBe(true);
    expect(isFeasible("99", 15)).toBe(false);
  });

  it("row 5: 2026/2068 = 97.969% → 98 ✓ and not GRIM-testable", () => {
    expect(checkRate("98", 2026, 2068).consistent).toBe(true);
    expect(isGrimTestable("98", 2068)).toBe(false);
  });

  it("row 6: 2026/2068 vs 98.00 → inconsistent at two decimals; 97.97 needed", () => {
    const c = checkRate("98.00", 2026, 2068);
    expect(c.consistent).toBe(false);
    expect(c.expected).toBe("97.97");
  });

  it("row 7: 结案率95.4% fits neither 240/249 nor 249/258, and is impossible for both n", () => {
    expect(checkRate("95.4", 240, 249)).toMatchObject({ consistent: false, expected: "96.4" });
    expect(checkRate("95.4", 249, 258)).toMatchObject({ consistent: false, expected: "96.5" });
    expect(isFeasible("95.4", 249)).toBe(false);
    expect(isFeasible("95.4", 258)).toBe(false);
    expect(findIndicator("结案率")?.indicator.altDenominators).toContainEqual({ kind: "sum", roles: ["受理", "上期未结"] });
  });

  it("row 8: 868 & 86.28% → the implied denominator is 1006", () => {
    expect(denominatorsForRate("86.28", 868)).toEqual({ min: 1006n, max: 1006n });
    expect(feasibleCounts("86.28", 1006)).toEqual({ min: 868n, max: 868n });
  });

  it("row 12: 回复文件 is not the 整改 numerator", () => {
    expect(findRole("形成回复文件")).toBeNull();
    expect(findIndicator("整改完成率")?.indicator.numerator).toEqual({ kind: "role", role: "整改" });
  });

  it("rows 17, 18: 118/120 → 98.3 ✓; 99.2 ✗ and would need 119", () => {
    expect(checkRate("98.3", 118, 120).consistent).toBe(true);
    expect(checkRate("99.2", 118, 120).consistent).toBe(false);
    expect(numeratorForRate("99.2", 120, 118)).toBe(119n);
  });

  it("rows 19, 20: 败诉7件 of 审结130 / 发案139 vs 5.3% (neither) and 5.04% (发案)", () => {
    expect(checkRate("5.3", 7, 130)).toMatchObject({ consistent: false, expected: "5.4" });
    expect(checkRate("5.3", 7, 139)).toMatchObject({ consistent: false, expected: "5.0" });
    expect(checkRate("5.04", 7, 130).consistent).toBe(false);
    expect(checkRate("5.04", 7, 139).consistent).toBe(true);
    expect(findIndicator("败诉率")?.indicator.altDenominators).toContainEqual({ kind: "role", role: "发案" });
  });

  it("rows 21, 22: 356起 & 98.8% impossible (351 → 98.60, 352 → 98.88); 98.6% → k = 351", () => {
    expect(isFeasible("98.8", 356)).toBe(false);
    const { below, above } = nearestFeasibleRates("98.8", 356);
    expect([below?.k, below?.shown, above?.k, above?.shown]).toEqual([351n, "98.60", 352n, "98.88"]);
    expect(feasibleCounts("98.6", 356)).toEqual({ min: 351n, max: 351n });
  });

  it("row 23: 100% with 14/15 → strict violation", () => {
    expect(checkRate("100", 14, 15)).toMatchObject({ consistent: false, strictViolation: "full" });
  });

  it("row 24: 即办率100% with 35/37 → 94.6%, inconsistent", () => {
    expect(checkRate("100", 35, 37)).toMatchObject({ consistent: false, expected: "95", strictViolation: "full" });
    expect(checkRate("100.0", 35, 37).expected).toBe("94.6");
    expect(findIndicator("即办率")?.indicator.mismatchSeverity).toBe("error");
  });

  it("row 25: 出庭应诉率100% with 18/20 → inconsistent, but the lexicon says WARN only", () => {
    expect(checkRate("100", 18, 20).consistent).toBe(false);
    expect(findIndicator("出庭应诉率")?.indicator.mismatchSeverity).toBe("warn");
  });

  it("rows 26, 27: 11/12 → 91.7 ✓; 91.6 is truncation only", () => {
    expect(checkRate("91.7", 11, 12)).toMatchObject({ consistent: true, mode: "round" });
    expect(checkRate("91.6", 11, 12)).toMatchObject({ consistent: false, mode: "truncate" });
  });

  it("row 38: 115/120 → 95.8 ✓", () => {
    expect(checkRate("95.8", 115, 120).consistent).toBe(true);
  });

  it("row 39: 102% with 51 of 50 → above 100%, numerator above denominator, impossible", () => {
    expect(checkProportionBounds("102", 51, 50)).toEqual({ rateAboveHundred: true, numeratorExceedsDenominator: true });
    expect(isFeasible("102", 50)).toBe(false);
  });

  it("row 40: 同比增长125% is not a bounded proportion", () => {
    expect(findIndicator("同比增长")?.indicator.bounded).toBe(false);
  });
});
