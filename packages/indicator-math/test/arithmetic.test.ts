import { describe, expect, it } from "vitest";
import { closed, point } from "../src/interval.js";
import { rational } from "../src/rational.js";
import {
  infeasibleArithmetic,
  numberText,
  partWholeArithmetic,
  rateArithmetic,
  rateFitsRange,
  shownPercent,
} from "../src/index.js";

describe("rateArithmetic", () => {
  it("118 ÷ 120 against 99.2%: 98.33, rounds to 98.3, 119 or 121 would give 99.2", () => {
    const a = rateArithmetic("99.2", 118, 120);
    expect(a).toMatchObject({ printed: "99.2", decimals: 1, k: "118", n: "120", computed: "98.33", expected: "98.3", mode: "none", consistent: false });
    expect(a.exactAtPrinted).toBe(false);
    expect(a.numeratorForPrinted).toBe("119");
    expect(a.denominatorForPrinted).toBe("119");
    expect(a.strict).toBeNull();
  });

  it("without corrections: the same division, nothing searched for", () => {
    for (const printed of ["99.2", "98.30"]) {
      const full = rateArithmetic(printed, 118, 120);
      const lean = rateArithmetic(printed, 118, 120, { corrections: false });
      expect(lean).toEqual({ ...full, numeratorForPrinted: null, denominatorForPrinted: null, shorterForm: null });
    }
    expect(rateArithmetic("99.2", 118, 120).numeratorForPrinted).toBe("119");
    expect(rateArithmetic("98.30", 118, 120).shorterForm).toBe("98.3");
  });

  it("a consistent rate offers nothing to change", () => {
    const a = rateArithmetic("98.3", 118, 120);
    expect(a.consistent).toBe(true);
    expect(a.numeratorForPrinted).toBeNull();
    expect(a.denominatorForPrinted).toBeNull();
    expect(a.shorterForm).toBeNull();
  });

  it("98.00% for 2026 ÷ 2068: the shorter 98% would agree", () => {
    // The first shorter spelling that agrees: 97.97 rounds to 98.0 at one decimal.
    expect(rateArithmetic("98.00", 2026, 2068).shorterForm).toBe("98.0");
    expect(rateArithmetic("98.00", 976, 1000).shorterForm).toBe("98");
  });

  it("an exact quotient needs no rounding words: 18 ÷ 20 = 90", () => {
    const a = rateArithmetic("100", 18, 20);
    expect(a.computed).toBe("90");
    expect(a.exactAtPrinted).toBe(true);
  });

  it("marks truncation and a strict 100% or 0%", () => {
    expect(rateArithmetic("91.6", 11, 12).mode).toBe("truncate");
    expect(rateArithmetic("100", 14, 15).strict).toBe("full");
    expect(rateArithmetic("0", 1, 300).strict).toBe("zero");
  });

  it("a zero denominator computes nothing", () => {
    const a = rateArithmetic("100", 0, 0);
    expect(a.computed).toBeNull();
    expect(a.expected).toBeNull();
  });
});

describe("infeasibleArithmetic", () => {
  it("15 件 and 99%: 14 gives 93.3, 15 gives 100, nothing gives 99", () => {
    const a = infeasibleArithmetic("99", 15);
    expect(a.feasible).toBe(false);
    expect(a.neighbours.map((x) => [x.k, x.shown])).toEqual([
      [14n, "93.3"],
      [15n, "100"],
    ]);
  });

  it("356 and 98.8%: 351 gives 98.60, 352 gives 98.88", () => {
    expect(infeasibleArithmetic("98.8", 356).neighbours.map((x) => x.k)).toEqual([351n, 352n]);
  });

  it("a feasible rate says so", () => {
    expect(infeasibleArithmetic("83.3", 6).feasible).toBe(true);
  });
});

describe("partWholeArithmetic", () => {
  it("21 + 27 + 81 = 129, 62 above 67", () => {
    const a = partWholeArithmetic({
      whole: { value: "67", unit: "件" },
      parts: [
        { value: "21", unit: "件" },
        { value: "27", unit: "件" },
        { value: "81", unit: "件" },
      ],
      exhaustive: false,
      disjoint: true,
    });
    expect(a.terms).toEqual(["21件", "27件", "81件"]);
    expect(a.sum).toBe("129件");
    expect(a.whole).toBe("67件");
    expect(a.difference).toBe("62件");
    expect(a.direction).toBe("above");
    expect(a.result.exceedingParts).toEqual([2]);
  });

  it("23 + 17 = 40, one below 共计41件", () => {
    const a = partWholeArithmetic({ whole: { value: "41", unit: "件" }, parts: [{ value: "23", unit: "件" }, { value: "17", unit: "件" }], exhaustive: true });
    expect(a.direction).toBe("below");
    expect(a.difference).toBe("1件");
    expect(a.result.verdict).toBe("error");
  });

  it("shows money in the finest printed unit and the usual range of a hedged whole", () => {
    const money = partWholeArithmetic({
      whole: { value: "1.2", unit: "亿元" },
      parts: [
        { value: "8000", unit: "万元" },
        { value: "5500", unit: "万元" },
      ],
      exhaustive: false,
      disjoint: true,
    });
    expect(money.sum).toBe("13500万元");
    const hedged = partWholeArithmetic({
      whole: { value: "3000", unit: "份", approx: "more" },
      parts: [
        { value: "1200", unit: "份" },
        { value: "2900", unit: "份" },
      ],
      exhaustive: false,
      disjoint: true,
    });
    expect(hedged.result.verdict).toBe("warn");
    expect(hedged.softRange).toEqual({ printed: "3000余", lo: "3000", hi: "3999", unit: "份" });
  });

  it("equal sums have no difference", () => {
    const a = partWholeArithmetic({ whole: { value: "40", unit: "件" }, parts: [{ value: "23", unit: "件" }, { value: "17", unit: "件" }], exhaustive: true });
    expect(a.difference).toBeNull();
    expect(a.direction).toBe("equal");
  });
});

describe("small helpers", () => {
  it("numberText keeps short decimals exact and cuts long ones to four places", () => {
    expect(numberText(rational(1n, 8n))).toBe("0.125");
    expect(numberText(rational(1n, 3n))).toBe("0.3333");
    expect(numberText(120)).toBe("120");
  });

  it("shownPercent gives one more decimal than printed, or null for a zero base", () => {
    expect(shownPercent(118, 120, 1)).toBe("98.33");
    expect(shownPercent(1, 0, 1)).toBeNull();
  });
});

describe("rateFitsRange", () => {
  it("rounded amounts: 1.82万 of 4.04万 may print as 45%", () => {
    const k = closed(rational(18150n), rational(18250n));
    const n = closed(rational(40350n), rational(40450n));
    expect(rateFitsRange("45", k, n)).toBe(true);
    expect(rateFitsRange("46", k, n)).toBe(false);
  });

  it("exact values behave like the exact check", () => {
    expect(rateFitsRange("98.3", point(rational(118n)), point(rational(120n)))).toBe(true);
    expect(rateFitsRange("99.2", point(rational(118n)), point(rational(120n)))).toBe(false);
  });
});
