import { describe, expect, it } from "vitest";
import { intervalToString } from "../src/interval.js";
import { checkPartWhole, partWholeVerdict, sameMeasure } from "../src/part-whole.js";
import { valueIntervals } from "../src/printed.js";
import { rational } from "../src/rational.js";
import { quantity } from "./helpers/model.js";

const n = (value: string, unit = "件") => ({ value, unit });

describe("intervals the caller holds", () => {
  it("gives the verdict the values give", () => {
    const whole = n("67");
    const parts = [n("21"), n("27"), n("81")];
    const held = { whole: valueIntervals(whole), parts: parts.map(valueIntervals) };
    expect(checkPartWhole({ whole, parts, exhaustive: true, intervals: held })).toEqual(checkPartWhole({ whole, parts, exhaustive: true }));
  });
});

describe("single part vs whole (R4)", () => {
  it("ERROR when one part alone is certainly larger", () => {
    const r = checkPartWhole({ whole: n("67"), parts: [n("81")], exhaustive: false });
    expect(r.verdict).toBe("error");
    expect(r.findings).toEqual([{ check: "part-exceeds-whole", severity: "error", part: 0 }]);
    expect(r.exceedingParts).toEqual([0]);
  });

  it("a part equal to the whole is fine", () => {
    expect(checkPartWhole({ whole: n("46"), parts: [n("46")], exhaustive: false }).verdict).toBe("ok");
  });

  it("WARN when it exceeds only the soft reading of a hedged whole", () => {
    const r = checkPartWhole({ whole: { value: "3000", unit: "份", approx: "more" }, parts: [n("4100", "份")], exhaustive: false });
    expect(r.verdict).toBe("warn");
    expect(r.findings[0]).toMatchObject({ check: "part-exceeds-whole", severity: "warn" });
  });

  it("applies even when parts overlap (no disjointness needed)", () => {
    const r = checkPartWhole({ whole: n("67"), parts: [n("40"), n("70")], exhaustive: false, disjoint: false });
    expect(r.verdict).toBe("error");
    expect(r.exceedingParts).toEqual([1]);
    expect(r.findings.map((f) => f.check)).toEqual(["part-exceeds-whole"]);
  });
});

describe("non-exhaustive sums", () => {
  it("ERROR when disjoint parts add up to more than the whole", () => {
    const r = checkPartWhole({ whole: n("45"), parts: [n("32"), n("5"), n("3"), n("6")], exhaustive: false, disjoint: true });
    expect(r.verdict).toBe("error");
    expect(r.sum).toEqual(rational(46n));
    expect(r.difference).toEqual(rational(1n));
    expect(r.findings).toEqual([{ check: "sum-exceeds-whole", severity: "error" }]);
  });

  it("a smaller sum is fine: reports often list only some outcomes", () => {
    const r = checkPartWhole({ whole: n("45"), parts: [n("32"), n("5"), n("3")], exhaustive: false, disjoint: true });
    expect(r.verdict).toBe("ok");
    expect(r.difference).toEqual(rational(-5n));
  });

  it("no sum check without disjointness", () => {
    expect(checkPartWhole({ whole: n("67"), parts: [n("40"), n("30")], exhaustive: false }).verdict).toBe("ok");
    expect(checkPartWhole({ whole: n("67"), parts: [n("40"), n("30")], exhaustive: false, disjoint: true }).verdict).toBe("error");
  });

  it("hedged parts contribute their certain lower bound only", () => {
    // 约90 reads softly as [80, 100]: 80 + 20 > 99 only on the soft reading.
    const r = checkPartWhole({
      whole: n("99"),
      parts: [{ value: "90", approx: "about", unit: "件" }, n("20")],
      exhaustive: false,
      disjoint: true,
    });
    expect(r.verdict).toBe("warn");
    expect(intervalToString(r.sumHard)).toBe("[20, +∞)");
  });
});

describe("exhaustive sums", () => {
  it("ERROR when the sum and the whole cannot meet", () => {
    const r = checkPartWhole({ whole: n("41"), parts: [n("23"), n("17")], exhaustive: true });
    expect(r.verdict).toBe("error");
    expect(r.findings).toEqual([{ check: "sum-mismatch", severity: "error" }]);
    expect(r.difference).toEqual(rational(-1n));
  });

  it("within rounding is consistent", () => {
    const r = checkPartWhole({ whole: { value: "1.2", unit: "亿元" }, parts: [n("8000", "万元"), n("4100", "万元")], exhaustive: true });
    expect(r.verdict).toBe("ok");
  });

  it("a single part can be declared the whole", () => {
    expect(checkPartWhole({ whole: n("10"), parts: [n("9")], exhaustive: true }).verdict).toBe("error");
    expect(checkPartWhole({ whole: n("10"), parts: [n("10")], exhaustive: true }).verdict).toBe("ok");
  });

  it("WARN when only the soft reading fails", () => {
    const r = checkPartWhole({ whole: { value: "2300", unit: "万元", approx: "about" }, parts: [n("2000", "万元"), n("500", "万元")], exhaustive: true });
    expect(r.verdict).toBe("warn");
    expect(r.findings).toEqual([{ check: "sum-mismatch", severity: "warn" }]);
  });

  it("explicit disjoint: false turns the sum check off", () => {
    expect(checkPartWhole({ whole: n("41"), parts: [n("23"), n("17")], exhaustive: true, disjoint: false }).verdict).toBe("ok");
  });
});

describe("skips", () => {
  it("skips mixed dimensions", () => {
    const r = checkPartWhole({
      whole: quantity({ value: "300", unitText: "人", approx: "more", approxWord: "余" }),
      parts: [quantity({ value: "1200", unitText: "人次" })],
      exhaustive: false,
    });
    expect(r).toMatchObject({ verdict: "skip", skipReason: "mixed-dimensions" });
  });

  it("skips an empty enumeration", () => {
    expect(checkPartWhole({ whole: n("3"), parts: [], exhaustive: true })).toMatchObject({ verdict: "skip", skipReason: "no-parts" });
  });

  it("sameMeasure lets unit-less values follow the others", () => {
    expect(sameMeasure([{ value: "1" }, { value: "2", unit: "件" }, { value: "3", unit: "宗" }])).toBe(true);
    expect(sameMeasure([{ value: "1", unit: "户" }, { value: "2", unit: "家" }])).toBe(false);
    expect(sameMeasure([{ value: "1", unit: "万元" }, quantity({ value: "1.2", multiplier: "亿", unitText: "元" })])).toBe(true);
  });
});

describe("partWholeVerdict: the verdict alone, from intervals and units", () => {
  const q = (value: string, unitText = "件", approx: "exact" | "more" | "about" = "exact") =>
    quantity({ value, unitText, ...(approx === "more" ? { approx, approxWord: "余" } : approx === "about" ? { approx, approxWord: "约" } : {}) });
  const cases = [
    { whole: q("67"), parts: [q("21"), q("27"), q("81")], exhaustive: true },
    { whole: q("67"), parts: [q("40"), q("70")], exhaustive: false, disjoint: false },
    { whole: q("67"), parts: [q("40"), q("30")], exhaustive: false, disjoint: true },
    { whole: q("45"), parts: [q("32"), q("5"), q("3")], exhaustive: false, disjoint: true },
    { whole: q("41"), parts: [q("23"), q("17")], exhaustive: true },
    { whole: q("41"), parts: [q("23"), q("18")], exhaustive: true },
    { whole: q("3000", "份", "more"), parts: [q("4100", "份")], exhaustive: false },
    { whole: q("2300", "元", "about"), parts: [q("2000", "元"), q("500", "元")], exhaustive: true },
    { whole: q("300", "人", "more"), parts: [q("1200", "人次")], exhaustive: false },
    { whole: q("3"), parts: [], exhaustive: true },
  ];
  it("agrees with checkPartWhole", () => {
    for (const c of cases) {
      const units = [c.whole, ...c.parts].map((x) => (x.unit ? { unit: x.unit, unitClass: null } : null));
      const lean = partWholeVerdict({ whole: valueIntervals(c.whole), parts: c.parts.map(valueIntervals), units, exhaustive: c.exhaustive, disjoint: c.disjoint });
      expect(lean).toBe(checkPartWhole(c).verdict);
    }
    expect(cases.map((c) => checkPartWhole(c).verdict)).toEqual(["error", "error", "error", "ok", "error", "ok", "warn", "warn", "skip", "skip"]);
  });
});
