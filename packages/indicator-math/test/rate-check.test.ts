import { describe, expect, it } from "vitest";
import {
  checkProportionBounds,
  checkRate,
  denominatorForRate,
  denominatorsForRate,
  displayPercent,
  formatPercent,
  formatRatio,
  isTruncationOf,
  matchRatePairs,
  numeratorForRate,
  numeratorsForRate,
  percentOf,
} from "../src/rate-check.js";
import { rational } from "../src/rational.js";
import { rate } from "./helpers/model.js";

describe("checkRate, round-to-nearest (§4.3)", () => {
  it("accepts a correctly rounded rate", () => {
    // (2R−1)·n ≤ S·k ≤ (2R+1)·n: 1965·120 = 235800 ≤ 2000·118 = 236000 ≤ 1967·120 = 236040
    const c = checkRate("98.3", 118, 120);
    expect(c).toMatchObject({ consistent: true, mode: "round", softConsistent: true, expected: "98.3" });
    expect(c.computed).toEqual(rational(295n, 3n));
    expect(c.strictViolation).toBeUndefined();
  });

  it("rejects a rate off by more than the rounding band", () => {
    expect(checkRate("99.2", 118, 120)).toMatchObject({ consistent: false, mode: "none", expected: "98.3" });
  });

  it("accepts both ends of the band (any tie rule)", () => {
    // 1/8 = 12.5%: prints as 12 or 13 depending on the tie rule.
    expect(checkRate("12", 1, 8).consistent).toBe(true);
    expect(checkRate("13", 1, 8).consistent).toBe(true);
    expect(checkRate("14", 1, 8).consistent).toBe(false);
  });

  it("keeps printed precision: 98% and 98.00% differ", () => {
    expect(checkRate("98", 2026, 2068).consistent).toBe(true);
    expect(checkRate("98.00", 2026, 2068)).toMatchObject({ consistent: false, expected: "97.97" });
    expect(checkRate({ rate: "98", decimals: 2 }, 2026, 2068).consistent).toBe(false);
  });

  it("accepts exact amounts as k and n", () => {
    expect(checkRate("50", "1.5", "3").consistent).toBe(true);
    expect(checkRate("50", rational(1n, 3n), rational(2n, 3n)).consistent).toBe(true);
  });

  it("says nothing for a zero denominator and refuses negatives", () => {
    expect(checkRate("100", 0, 0)).toMatchObject({ consistent: true, mode: "none", reason: "zero-denominator", computed: null });
    expect(() => checkRate("50", -1, 2)).toThrow(RangeError);
  });

  it("reads a parser Rate", () => {
    expect(checkRate(rate("5.38", { name: "败诉率" }), 7, 130).consistent).toBe(true);
  });
});

describe("checkRate with hedge words", () => {
  it("以上 keeps only the left inequality", () => {
    expect(checkRate({ rate: "95", approx: "atLeast" }, 99, 100).consistent).toBe(true);
    expect(checkRate({ rate: "95", approx: "atLeast" }, 94, 100).consistent).toBe(false);
    expect(checkRate({ rate: "95", approx: "atLeast" }, 949, 1000).consistent).toBe(true);
  });

  it("不足 needs the true value under R", () => {
    expect(checkRate({ rate: "95", approx: "below" }, 94, 100).consistent).toBe(true);
    expect(checkRate({ rate: "95", approx: "below" }, 95, 100).consistent).toBe(false);
  });

  it("以下 keeps only the right inequality", () => {
    expect(checkRate({ rate: "5", approx: "atMost" }, 1, 100).consistent).toBe(true);
    expect(checkRate({ rate: "5", approx: "atMost" }, 54, 1000).consistent).toBe(true);
    expect(checkRate({ rate: "5", approx: "atMost" }, 6, 100).consistent).toBe(false);
  });

  it("约 makes no hard claim but reports the soft reading", () => {
    const c = checkRate({ rate: "90", approx: "about" }, 70, 100);
    expect(c.consistent).toBe(true);
    expect(c.softConsistent).toBe(false);
    expect(checkRate({ rate: "90", approx: "about" }, 85, 100).softConsistent).toBe(true);
  });

  it("超过 needs more than R", () => {
    expect(checkRate({ rate: "90", approx: "more" }, 91, 100).consistent).toBe(true);
    expect(checkRate({ rate: "90", approx: "more" }, 90, 100).consistent).toBe(false);
  });
});

describe("truncation and the strict 100% / 0%", () => {
  it("reports a truncation-only match as such, never as consistent", () => {
    // 11/12 = 91.667%: 91.7 rounded, 91.6 cut off
    expect(checkRate("91.7", 11, 12).mode).toBe("round");
    expect(checkRate("91.6", 11, 12)).toMatchObject({ consistent: false, mode: "truncate" });
    expect(isTruncationOf("91.6", 11, 12)).toBe(true);
    expect(isTruncationOf("91.7", 11, 12)).toBe(false);
    expect(isTruncationOf("91.5", 11, 12)).toBe(false);
  });

  it("flags printed 100% with k < n even when rounding allows it", () => {
    const c = checkRate("100", 199, 200);
    expect(c.mode).toBe("round");
    expect(c.strictViolation).toBe("full");
    expect(c.consistent).toBe(false);
    expect(checkRate("100.0", 14, 15)).toMatchObject({ consistent: false, mode: "none", strictViolation: "full" });
    const all = checkRate("100", 15, 15);
    expect(all.consistent).toBe(true);
    expect("strictViolation" in all).toBe(false);
  });

  it("flags printed 0% with k > 0", () => {
    expect(checkRate("0", 1, 300)).toMatchObject({ consistent: false, mode: "round", strictViolation: "zero" });
    expect(checkRate("0", 0, 300).consistent).toBe(true);
  });
});

describe("computation helpers for messages", () => {
  it("prints k/n exactly, rounded half up, with any number of decimals", () => {
    expect(formatPercent(118, 120, 2)).toBe("98.33");
    expect(formatPercent(118, 120, 0)).toBe("98");
    expect(formatPercent(2026, 2068, 3)).toBe("97.969");
    expect(formatPercent(1, 8, 0)).toBe("13");
    expect(formatPercent(11, 12, 1, "truncate")).toBe("91.6");
    expect(formatRatio(1, 8, 2)).toBe("0.13");
    expect(percentOf(7, 130)).toEqual(rational(70n, 13n));
  });

  it("shows one more decimal, or the exact value when shorter", () => {
    expect(displayPercent(14, 15, 1)).toBe("93.3");
    expect(displayPercent(15, 15, 1)).toBe("100");
    expect(displayPercent(18, 20, 1)).toBe("90");
    expect(displayPercent(351, 356, 2)).toBe("98.60");
  });

  it("finds the k that would produce the printed rate (若办结119件)", () => {
    expect(numeratorForRate("99.2", 120, 118)).toBe(119n);
    expect(numeratorForRate("98.3", 120, 118)).toBe(118n);
    expect(numeratorForRate("99", 15)).toBeNull();
    expect(numeratorForRate("98", 2068)).toBe(2017n);
    expect(numeratorForRate("98", 2068, 2040)).toBe(2036n);
    expect(numeratorsForRate("98", 2068)).toEqual({ min: 2017n, max: 2036n });
    expect(() => numeratorsForRate("98", "20.5")).toThrow(RangeError);
  });

  it("finds the n that would produce the printed rate", () => {
    // 118/n prints 99.2 for n = 119 only (118/119 = 99.16, 118/118 = 100).
    expect(denominatorsForRate("99.2", 118)).toEqual({ min: 119n, max: 119n });
    expect(denominatorForRate("99.2", 118, 120)).toBe(119n);
    expect(denominatorForRate("5.38", 7, 139)).toBe(130n);
    expect(denominatorsForRate("0", 0)).toEqual({ min: 1n, max: null });
    expect(denominatorsForRate("5", 0)).toBeNull();
    // 不足 5%: 1/n < 5% ⇔ n > 20
    expect(denominatorsForRate({ rate: "5", approx: "below" }, 1)).toEqual({ min: 21n, max: null });
    expect(denominatorsForRate("33.3", 1)).toEqual({ min: 3n, max: 3n });
    expect(() => denominatorsForRate("5", -1)).toThrow(RangeError);
  });

  it("checks the bounds of a proportion (R4)", () => {
    expect(checkProportionBounds("102", 51, 50)).toEqual({ rateAboveHundred: true, numeratorExceedsDenominator: true });
    expect(checkProportionBounds("100", 50, 50)).toEqual({ rateAboveHundred: false, numeratorExceedsDenominator: false });
    expect(checkProportionBounds({ rate: "102", approx: "about" })).toEqual({ rateAboveHundred: false, numeratorExceedsDenominator: false });
    expect(checkProportionBounds("100.5").rateAboveHundred).toBe(true);
  });
});

describe("matchRatePairs (§4.3 step 2)", () => {
  it("is silent when any candidate pair fits", () => {
    // 败诉率5.04%: k = 7; n ∈ {审结130, 发案139}: only 7/139 fits.
    const r = matchRatePairs("5.04", [7], [130, 139]);
    expect(r.fit).toMatchObject({ kIndex: 0, nIndex: 1 });
    expect(r.truncation).toBeNull();
    expect(r.tried).toHaveLength(2);
  });

  it("derived candidates: 结案 = Σ closure parts, n = 受理 + 上期未结", () => {
    expect(matchRatePairs("83.3", [4 + 1], [6]).fit).not.toBeNull();
    expect(matchRatePairs("95.4", [240, 249], [249, 249 + 9]).fit).toBeNull();
  });

  it("reports a truncation-only match when nothing fits", () => {
    const r = matchRatePairs("91.6", [11], [12, 13]);
    expect(r.fit).toBeNull();
    expect(r.truncation).toMatchObject({ kIndex: 0, nIndex: 0, check: { mode: "truncate" } });
    expect(matchRatePairs("99.2", [118], [120])).toMatchObject({ fit: null, truncation: null });
    expect(matchRatePairs("50", [], [2]).tried).toEqual([]);
  });
});
