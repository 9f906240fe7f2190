import { describe, expect, it } from "vitest";
import { intervalToString } from "../src/interval.js";
import {
  computeValueIntervals,
  exactCount,
  hardInterval,
  intervalsFor,
  isQuantity,
  lastNonzeroDigitUnit,
  normalizeValue,
  pointValue,
  softInterval,
  valueIntervals,
} from "../src/printed.js";
import { parseDecimal, rational } from "../src/rational.js";
import { quantity } from "./helpers/model.js";

const show = (i: Parameters<typeof intervalToString>[0]) => intervalToString(i);

describe("normalizeValue", () => {
  it("reads a parser Quantity", () => {
    const q = quantity({ value: "71.3", multiplier: "万", unitText: "元", approx: "more", approxWord: "余" });
    expect(isQuantity(q)).toBe(true);
    const v = normalizeValue(q);
    expect(v).toMatchObject({ digits: 713n, exp: 3, decimals: 1, rounded: true, approx: "more", unit: "元", displayUnit: "万元", displayExp: 4 });
  });

  it("reads a plain value, taking the multiplier from the unit", () => {
    const v = normalizeValue({ value: "1.2", unit: "亿元" });
    expect(v).toMatchObject({ digits: 12n, exp: 7, decimals: 1, rounded: true, unit: "元", dimension: "money", displayExp: 8 });
    expect(normalizeValue({ value: "1.2", multiplierExp: 8 })).toMatchObject({ exp: 7, unit: null, rounded: true });
    expect(normalizeValue({ value: "67", unit: "件" })).toMatchObject({ rounded: false, approx: "exact", exp: 0 });
    expect(() => normalizeValue({ value: "-3" })).toThrow(RangeError);
  });
});

describe("exact and rounded values (§4.1)", () => {
  it("keeps an integer count exact", () => {
    expect(show(hardInterval({ value: "67", unit: "件" }))).toBe("[67, 67]");
    expect(exactCount({ value: "67" })).toBe(67n);
  });

  it("gives a rounded value its half-unit band", () => {
    // 1.2亿 → [1.15, 1.25]×10^8
    expect(show(hardInterval({ value: "1.2", unit: "亿元" }))).toBe("[115000000, 125000000]");
    // 3.5万 → 35000 ± 500
    const v = valueIntervals({ value: "3.5", unit: "万人" });
    expect(v.point).toEqual(rational(35000n));
    expect(show(v.hard)).toBe("[34500, 35500]");
    expect(exactCount({ value: "3.5", unit: "万人" })).toBeNull();
    expect(show(hardInterval({ value: "0.5" }))).toBe("[9/20, 11/20]");
  });

  it("computeValueIntervals gives what valueIntervals gives, read afresh", () => {
    const input = { value: "71.3", unit: "万元", approx: "more" as const };
    const fresh = computeValueIntervals(input);
    expect(fresh).toEqual(valueIntervals(input));
    expect(computeValueIntervals(input)).not.toBe(fresh);
  });

  it("soft equals hard without a hedge word", () => {
    expect(softInterval({ value: "1650.5", unit: "万元" })).toEqual(hardInterval({ value: "1650.5", unit: "万元" }));
  });
});

describe("hedge words (§4.1 table)", () => {
  it("余/多: hard (X, ∞), soft (X, X+u)", () => {
    const v = valueIntervals({ value: "3000", approx: "more" });
    expect(show(v.hard)).toBe("(3000, +∞)");
    expect(show(v.soft)).toBe("(3000, 4000)");
    expect(show(softInterval({ value: "1200", approx: "more" }))).toBe("(1200, 1300)");
    expect(show(softInterval({ value: "71.3", unit: "万元", approx: "more" }))).toBe("(713000, 714000)");
    // 一千二百余 → (1200, 1300); 20余万条 → (200000, 300000)
    expect(show(softInterval({ value: "1200", unit: "条", approx: "more" }))).toBe("(1200, 1300)");
    expect(show(softInterval(quantity({ value: "20", multiplier: "万", unitText: "条", approx: "more" })))).toBe("(200000, 300000)");
  });

  it("约: no hard claim, soft [X−u, X+u]", () => {
    const v = valueIntervals({ value: "2300", unit: "万元", approx: "about" });
    expect(show(v.hard)).toBe("[0, +∞)");
    expect(show(v.soft)).toBe("[22000000, 24000000]");
  });

  it("近: hard [0, X], soft [X−u, X]", () => {
    const v = valueIntervals({ value: "500", approx: "nearly" });
    expect(show(v.hard)).toBe("[0, 500]");
    expect(show(v.soft)).toBe("[400, 500]");
  });

  it("以上: [X, ∞) for counts, [X − ½·10^-d, ∞) after rounding", () => {
    expect(show(hardInterval({ value: "100", approx: "atLeast" }))).toBe("[100, +∞)");
    expect(show(hardInterval({ value: "1.2", unit: "万人", approx: "atLeast" }))).toBe("[11500, +∞)");
  });

  it("不足: [0, X); 以下: [0, X] (plus the rounding band of a rounded X)", () => {
    expect(show(hardInterval({ value: "100", approx: "below" }))).toBe("[0, 100)");
    expect(show(hardInterval({ value: "100", approx: "atMost" }))).toBe("[0, 100]");
    expect(show(hardInterval({ value: "1.2", unit: "万人", approx: "atMost" }))).toBe("[0, 12500]");
  });

  it("works directly on digits and exponents", () => {
    expect(show(intervalsFor(983n, -1, true, "exact").hard)).toBe("[393/4, 1967/20]");
    expect(show(intervalsFor(0n, 0, false, "more").soft)).toBe("(0, 1)");
  });
});

describe("u, the unit of the last nonzero digit", () => {
  it("follows §4.1 examples", () => {
    expect(lastNonzeroDigitUnit({ value: "3000" })).toEqual(rational(1000n));
    expect(lastNonzeroDigitUnit({ value: "1500" })).toEqual(rational(100n));
    expect(lastNonzeroDigitUnit({ value: "71.3", unit: "万元" })).toEqual(rational(1000n));
    expect(lastNonzeroDigitUnit({ value: "2300", unit: "万元" })).toEqual(rational(1000000n));
    expect(lastNonzeroDigitUnit({ value: "0" })).toEqual(rational(1n));
  });

  it("gives the point value in the base unit", () => {
    expect(pointValue(quantity({ value: "71.3", multiplier: "万", unitText: "元", approx: "more" }))).toEqual(rational(713000n));
    expect(pointValue({ value: "0.05", unit: "元" })).toEqual(parseDecimal("0.05"));
  });
});

describe("exactCount", () => {
  it("accepts only certain whole numbers", () => {
    expect(exactCount(quantity({ value: "2068", unitText: "起" }))).toBe(2068n);
    expect(exactCount(quantity({ value: "3000", unitText: "份", approx: "more" }))).toBeNull();
    expect(exactCount(quantity({ value: "2", multiplier: "万", unitText: "人" }))).toBeNull();
    expect(exactCount({ value: "15.0" })).toBeNull();
  });
});
