import { describe, expect, it } from "vitest";
import {
  AMBIGUOUS_UNITS,
  COUNT_DIMENSIONS,
  allCompatible,
  baseScaleExp,
  dimensionOf,
  isCountDimension,
  leadingUnit,
  resolveUnit,
  toBaseUnits,
  unitsCompatible,
} from "../src/units.js";

describe("resolveUnit", () => {
  it("reads a measure word once and gives the same reading again", () => {
    expect(resolveUnit("万人次")).toBe(resolveUnit("万人次"));
    expect(resolveUnit("万人次")).toMatchObject({ text: "万人次", multiplierExp: 4 });
    expect(resolveUnit("不是单位")).toBeNull();
  });

  it("normalises interchangeable measure words", () => {
    expect(resolveUnit("宗")?.id).toBe("件");
    expect(resolveUnit("起")?.id).toBe("件");
    expect(resolveUnit("例")?.id).toBe("件");
    expect(resolveUnit("名")?.id).toBe("人");
  });

  it("reads a multiplier before the measure word", () => {
    expect(resolveUnit("万元")).toMatchObject({ id: "元", dimension: "money", multiplierExp: 4 });
    expect(resolveUnit("亿元")).toMatchObject({ id: "元", multiplierExp: 8 });
    expect(resolveUnit("万人")).toMatchObject({ id: "人", multiplierExp: 4 });
    expect(resolveUnit("千万元")?.multiplierExp).toBe(7);
    expect(resolveUnit("万亿元")?.multiplierExp).toBe(12);
    expect(resolveUnit("公里")).toMatchObject({ id: "公里", dimension: "length", multiplierExp: 0 });
    expect(resolveUnit("万公里")).toMatchObject({ id: "公里", multiplierExp: 4 });
    expect(resolveUnit("光年")).toBeNull();
  });

  it("finds the longest measure word at the start", () => {
    expect(leadingUnit("人次参加培训")).toBe("人次");
    expect(leadingUnit("人参加")).toBe("人");
    expect(leadingUnit("个工作日内")).toBe("个工作日");
    expect(leadingUnit("参加")).toBeNull();
  });

  it("gives dimensions and base scales", () => {
    expect(dimensionOf("户")).toBe("household");
    expect(dimensionOf("家")).toBe("organisation");
    expect(dimensionOf("人次")).toBe("person-visit");
    expect(dimensionOf("米")).toBeNull();
    expect(baseScaleExp("万元")).toBe(4);
    expect(baseScaleExp("件")).toBe(0);
    expect(baseScaleExp("米")).toBeNull();
  });
});

describe("unitsCompatible", () => {
  it("treats 件 宗 起 例 as one unit", () => {
    expect(unitsCompatible("件", "宗")).toBe(true);
    expect(unitsCompatible("起", "例")).toBe(true);
    expect(allCompatible(["件", "宗", "起", "例"])).toBe(true);
  });

  it("never mixes 人 with 人次, 户 with 家, or cases with events", () => {
    expect(unitsCompatible("人", "人次")).toBe(false);
    expect(unitsCompatible("户", "家")).toBe(false);
    expect(unitsCompatible("件", "次")).toBe(false);
    expect(unitsCompatible("次", "场")).toBe(false);
    expect(unitsCompatible("份", "条")).toBe(false);
    expect(allCompatible(["人", "名", "人次"])).toBe(false);
  });

  it("scales money to 元", () => {
    expect(unitsCompatible("万元", "亿元")).toBe(true);
    expect(unitsCompatible("元", "千万元")).toBe(true);
    expect(unitsCompatible("万元", "万人")).toBe(false);
  });

  it("compares 个 only when both carry the same class", () => {
    expect(AMBIGUOUS_UNITS).toContain("个");
    expect(unitsCompatible("个", "个")).toBe(false);
    expect(unitsCompatible({ unit: "个", unitClass: "organisation" }, { unit: "个", unitClass: "organisation" })).toBe(true);
    expect(unitsCompatible({ unit: "个", unitClass: "organisation" }, { unit: "个", unitClass: "item" })).toBe(false);
    expect(unitsCompatible({ unit: "个", unitClass: "organisation" }, "家")).toBe(false);
  });

  it("rejects unknown units", () => {
    expect(unitsCompatible("米", "米")).toBe(false);
    expect(allCompatible([])).toBe(true);
  });

  it("knows the count dimensions", () => {
    expect(COUNT_DIMENSIONS).toContain("case");
    expect(isCountDimension("case")).toBe(true);
    expect(isCountDimension("person-visit")).toBe(true);
    expect(isCountDimension("money")).toBe(false);
    expect(isCountDimension("time")).toBe(false);
    expect(isCountDimension(null)).toBe(false);
  });
});

describe("toBaseUnits", () => {
  it("scales money and counts to their base unit", () => {
    expect(toBaseUnits("1.2", "亿元")).toEqual({ num: 120000000n, den: 1n });
    expect(toBaseUnits("71.3", "万元")).toEqual({ num: 713000n, den: 1n });
    expect(toBaseUnits(15, "宗")).toEqual({ num: 15n, den: 1n });
    expect(toBaseUnits(15, "米")).toBeNull();
  });
});
