import { describe, expect, it } from "vitest";
import { parseNumberPhrase } from "../../src/numbers/number-phrase.js";

describe("parseNumberPhrase", () => {
  it("reads bare amounts with multipliers (indicator-math §5 parser values)", () => {
    expect(parseNumberPhrase("3.5万")).toMatchObject({ value: "3.5", mantissa: "35", scaleExp: 3, kind: "number" });
    expect(parseNumberPhrase("1.2亿")).toMatchObject({ mantissa: "12", scaleExp: 7, decimals: 1, multiplier: "亿" });
    expect(parseNumberPhrase("一千二百余")).toMatchObject({ value: "1200", approx: "more", numeral: "chinese" });
  });

  it("reads a full quantity with its hedge, multiplier and unit", () => {
    expect(parseNumberPhrase("71.3余万元")).toEqual({
      value: "71.3",
      mantissa: "713",
      scaleExp: 3,
      decimals: 1,
      multiplier: "万",
      kind: "count",
      unit: "元",
      unitText: "元",
      dimension: "money",
      approx: "more",
      approxWord: "余",
      numeral: "arabic",
    });
    expect(parseNumberPhrase("约2300万元")).toMatchObject({ approx: "about", approxWord: "约", scaleExp: 4 });
    expect(parseNumberPhrase("300人以上")).toMatchObject({ approx: "atLeast", unit: "人" });
    expect(parseNumberPhrase("1,250件")).toMatchObject({ value: "1250", unit: "件" });
    expect(parseNumberPhrase("１５件")).toMatchObject({ value: "15", unit: "件" });
    expect(parseNumberPhrase("2068起")).toMatchObject({ unit: "件", unitText: "起" });
  });

  it("reads percentages", () => {
    expect(parseNumberPhrase("百分之八十三点三")).toMatchObject({ kind: "percent", value: "83.3", decimals: 1 });
    expect(parseNumberPhrase("98.00%")).toMatchObject({ kind: "percent", mantissa: "9800", decimals: 2 });
    expect(parseNumberPhrase("2.5个百分点")).toMatchObject({ kind: "percent-points", value: "2.5" });
  });

  it("returns null unless the whole string is one phrase", () => {
    expect(parseNumberPhrase("二〇二四")).toBeNull();
    expect(parseNumberPhrase("受理120件")).toBeNull();
    expect(parseNumberPhrase("120件，")).toBeNull();
    expect(parseNumberPhrase("1.2.3")).toBeNull();
    expect(parseNumberPhrase("")).toBeNull();
  });
});
