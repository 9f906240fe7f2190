import { describe, expect, it } from "vitest";
import { intervalToString } from "../src/interval.js";
import { isAboveHundred, isHundred, isZeroRate, rateIntervals, toPrintedPercent } from "../src/percent.js";
import { rational } from "../src/rational.js";
import { rate } from "./helpers/model.js";

describe("toPrintedPercent", () => {
  it("reads R and d from the printed string", () => {
    expect(toPrintedPercent("83.3")).toMatchObject({ R: 833n, d: 1, approx: "exact", value: "83.3" });
    expect(toPrintedPercent("98%")).toMatchObject({ R: 98n, d: 0 });
    expect(toPrintedPercent(" 98.00％ ")).toMatchObject({ R: 9800n, d: 2 });
    expect(toPrintedPercent("5.38").percent).toEqual(rational(538n, 100n));
  });

  it("reads a PercentInput, padding to the decimals given", () => {
    expect(toPrintedPercent({ rate: "98.3", approx: "atLeast" })).toMatchObject({ R: 983n, d: 1, approx: "atLeast" });
    expect(toPrintedPercent({ rate: "98", decimals: 2 })).toMatchObject({ R: 9800n, d: 2 });
    expect(() => toPrintedPercent({ rate: "98.35", decimals: 1 })).toThrow(RangeError);
  });

  it("reads a parser Rate and refuses 个百分点", () => {
    expect(toPrintedPercent(rate("71.25", { name: "调解成功率" }))).toMatchObject({ R: 7125n, d: 2 });
    expect(() => toPrintedPercent(rate("2.5", { kind: "percent-points" }))).toThrow(/percentage points/);
  });

  it("refuses non-decimals and negatives", () => {
    expect(() => toPrintedPercent("九十")).toThrow(RangeError);
    expect(() => toPrintedPercent("-5")).toThrow(RangeError);
  });
});

describe("rateIntervals", () => {
  it("a printed rate is always a rounded value", () => {
    expect(intervalToString(rateIntervals("98.3").hard)).toBe("[393/4, 1967/20]");
    expect(intervalToString(rateIntervals("98").hard)).toBe("[195/2, 197/2]");
    expect(intervalToString(rateIntervals("0").hard)).toBe("[0, 1/2]");
  });

  it("hedge words follow §4.3 (以上 keeps the left inequality, 不足 is strict, 以下 the right one)", () => {
    expect(intervalToString(rateIntervals({ rate: "95", approx: "atLeast" }).hard)).toBe("[189/2, +∞)");
    expect(intervalToString(rateIntervals({ rate: "95", approx: "below" }).hard)).toBe("[0, 95)");
    expect(intervalToString(rateIntervals({ rate: "95", approx: "atMost" }).hard)).toBe("[0, 191/2]");
    expect(intervalToString(rateIntervals({ rate: "90", approx: "about" }).soft)).toBe("[80, 100]");
  });
});

describe("special values", () => {
  it("recognises 100, 0 and above 100 at any precision", () => {
    expect(isHundred("100")).toBe(true);
    expect(isHundred("100.00")).toBe(true);
    expect(isHundred("99.99")).toBe(false);
    expect(isZeroRate("0.0")).toBe(true);
    expect(isZeroRate("0.1")).toBe(false);
    expect(isAboveHundred("102")).toBe(true);
    expect(isAboveHundred("100.0")).toBe(false);
  });
});
