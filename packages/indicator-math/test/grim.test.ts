import { describe, expect, it } from "vitest";
import { feasibleCounts, grimCheck, isFeasible, isGrimTestable, isGrimTestableCount, nearestFeasibleRates } from "../src/grim.js";
import { quantity } from "./helpers/model.js";

describe("§4.4 examples", () => {
  it("15 件 & 99% → no k; neighbours 14 (93.3%) and 15 (100%)", () => {
    expect(isFeasible("99", 15)).toBe(false);
    expect(isGrimTestable("99", 15)).toBe(true);
    const { below, above } = nearestFeasibleRates("99", 15);
    expect(below).toEqual({ k: 14n, n: 15n, printed: "93", shown: "93.3" });
    expect(above).toEqual({ k: 15n, n: 15n, printed: "100", shown: "100" });
  });

  it("356 起 & 98.8% → no k (351 → 98.6, 352 → 98.9); 98.6% → k = 351", () => {
    const g = grimCheck("98.8", 356);
    expect(g).toMatchObject({ testable: true, feasible: false, counts: null });
    expect(g.below).toMatchObject({ k: 351n, printed: "98.6", shown: "98.60" });
    expect(g.above).toMatchObject({ k: 352n, printed: "98.9", shown: "98.88" });
    expect(feasibleCounts("98.6", 356)).toEqual({ min: 351n, max: 351n });
  });

  it("6 件 & 83.3% → k = 5", () => {
    expect(feasibleCounts("83.3", 6)).toEqual({ min: 5n, max: 5n });
  });

  it("249 & 95.4% and 258 & 95.4% → no k", () => {
    expect(isFeasible("95.4", 249)).toBe(false);
    expect(isFeasible("95.4", 258)).toBe(false);
    expect(nearestFeasibleRates("95.4", 249).below).toMatchObject({ k: 237n, printed: "95.2" });
    expect(nearestFeasibleRates("95.4", 249).above).toMatchObject({ k: 238n, printed: "95.6" });
  });

  it("2068 & 98% → 2017..2036, not testable", () => {
    expect(feasibleCounts("98", 2068)).toEqual({ min: 2017n, max: 2036n });
    expect(isGrimTestable("98", 2068)).toBe(false);
  });

  it("1006 & 86.28% → k = 868", () => {
    expect(feasibleCounts("86.28", 1006)).toEqual({ min: 868n, max: 868n });
    expect(isGrimTestable("86.28", 1006)).toBe(true);
  });
});

describe("gates and edges", () => {
  it("testable only below 10^(d+2), for exact rates and whole n ≥ 1", () => {
    expect(isGrimTestable("99", 99)).toBe(true);
    expect(isGrimTestable("99", 100)).toBe(false);
    expect(isGrimTestable("99.0", 999)).toBe(true);
    expect(isGrimTestable({ rate: "99", approx: "atLeast" }, 15)).toBe(false);
    expect(isGrimTestable("99", "15.5")).toBe(false);
    expect(isGrimTestable("99", 0)).toBe(false);
  });

  it("the count gate needs an exact count in a count dimension", () => {
    expect(isGrimTestableCount("99", quantity({ value: "15", unitText: "件" }))).toBe(true);
    expect(isGrimTestableCount("99", quantity({ value: "15", unitText: "元" }))).toBe(false);
    expect(isGrimTestableCount("99", quantity({ value: "15", unitText: "件", approx: "more" }))).toBe(false);
    expect(isGrimTestableCount("99", quantity({ value: "1.5", multiplier: "万", unitText: "件" }))).toBe(false);
    expect(isGrimTestableCount("99", { value: "15" })).toBe(true);
  });

  it("a bounded rate above 100% is infeasible, with n as the nearest count", () => {
    const g = grimCheck("102", 50);
    expect(g.feasible).toBe(false);
    expect(g.below).toMatchObject({ k: 50n, printed: "100" });
    expect(g.above).toBeNull();
    expect(nearestFeasibleRates("110", 50).below?.k).toBe(50n);
  });

  it("0% has no lower neighbour; hedged rates use their interval", () => {
    expect(nearestFeasibleRates("0", 15)).toMatchObject({ below: null, above: { k: 1n, shown: "6.7" } });
    expect(feasibleCounts({ rate: "95", approx: "atLeast" }, 20)).toEqual({ min: 19n, max: 20n });
    expect(nearestFeasibleRates({ rate: "95", approx: "atLeast" }, 20)).toMatchObject({ below: { k: 18n }, above: null });
  });

  it("n = 0 has no feasible count; non-integer n is refused", () => {
    expect(feasibleCounts("50", 0)).toBeNull();
    expect(nearestFeasibleRates("50", 0)).toEqual({ below: null, above: null });
    expect(() => feasibleCounts("50", "2.5")).toThrow(RangeError);
  });
});
