import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChineseDigits, parseChineseNumber, scanChineseNumber } from "../../src/numbers/chinese-number.js";

/** How the test renderer writes a numeral. */
interface Style {
  /** 两 for a 2 before 百/千 and for 两万. */
  liang: boolean;
  /** 大写: 壹贰叁…, 拾佰仟. */
  formal: boolean;
}

/**
 * An independent renderer of standard Chinese numerals for 0…99,999,999: one 零 for each run of
 * skipped places, 零 before a 万 remainder below 1000, and 十 (not 一十) at the very start.
 */
function render(n: number, style: Style): string {
  const digits = style.formal ? "零壹贰叁肆伍陆柒捌玖" : "零一二三四五六七八九";
  const places = style.formal ? ["仟", "佰", "拾", ""] : ["千", "百", "十", ""];
  const section = (v: number): string => {
    const ds = [Math.floor(v / 1000), Math.floor(v / 100) % 10, Math.floor(v / 10) % 10, v % 10];
    let out = "";
    let gap = false;
    ds.forEach((d, k) => {
      if (d === 0) {
        if (out) gap = true;
        return;
      }
      if (gap) out += digits.charAt(0);
      gap = false;
      const two = style.liang && !style.formal && d === 2 && k <= 1;
      out += (two ? "两" : digits.charAt(d)) + places[k]!;
    });
    return out;
  };
  if (n === 0) return digits.charAt(0);
  const hi = Math.floor(n / 10000);
  const lo = n % 10000;
  let s = "";
  if (hi) s = (hi === 2 && style.liang && !style.formal ? "两" : section(hi)) + "万";
  if (lo) s += (hi && lo < 1000 ? digits.charAt(0) : "") + section(lo);
  if (!style.formal && s.startsWith("一十")) s = s.slice(1);
  return s;
}

// Uniform integers rarely have zeros inside, so half the runs are built from zero-heavy digits.
const integers = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }),
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 2, 5, 9), { minLength: 1, maxLength: 8 })
    .map((ds) => Number(ds.join(""))),
);

describe("render (the test's own renderer)", () => {
  it("writes the textbook forms", () => {
    const plain = { liang: false, formal: false };
    expect(render(10, plain)).toBe("十");
    expect(render(110, plain)).toBe("一百一十");
    expect(render(2068, plain)).toBe("二千零六十八");
    expect(render(10005, plain)).toBe("一万零五");
    expect(render(150000, plain)).toBe("十五万");
    expect(render(23000, { liang: true, formal: false })).toBe("两万三千");
    expect(render(1050, { liang: false, formal: true })).toBe("壹仟零伍拾");
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["两万三千", "23000"],
    ["两千零六十八", "2068"],
    ["一万零五", "10005"],
    ["十", "10"],
    ["十二", "12"],
    ["一十二", "12"],
    ["二十", "20"],
    ["一百二十", "120"],
    ["一百零五", "105"],
    ["一千零五十", "1050"],
    ["一千二百", "1200"],
    ["十万", "100000"],
    ["三千万", "30000000"],
    ["一亿二千万", "120000000"],
    ["一亿零五百万", "105000000"],
    ["一亿零五", "100000005"],
    ["一万亿", "1000000000000"],
    ["九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", "9999999999999999"],
    ["两百", "200"],
    ["两", "2"],
    ["零", "0"],
    ["〇", "0"],
    ["壹万贰仟", "12000"],
    ["壹佰零伍", "105"],
  ])("%s → %s", (s, value) => {
    expect(parseChineseNumber(s)).toEqual({ value, decimals: 0, percent: false });
  });

  it("reads 点 decimals as printed, keeping trailing zeros", () => {
    expect(parseChineseNumber("八十三点三")).toEqual({ value: "83.3", decimals: 1, percent: false });
    expect(parseChineseNumber("零点五")).toEqual({ value: "0.5", decimals: 1, percent: false });
    expect(parseChineseNumber("三点一四")).toEqual({ value: "3.14", decimals: 2, percent: false });
    expect(parseChineseNumber("九十八点零")).toEqual({ value: "98.0", decimals: 1, percent: false });
  });

  it("reads 百分之 as a percentage", () => {
    expect(parseChineseNumber("百分之八十三点三")).toEqual({ value: "83.3", decimals: 1, percent: true });
    expect(parseChineseNumber("百分之十")).toEqual({ value: "10", decimals: 0, percent: true });
    expect(parseChineseNumber("百分之百")).toEqual({ value: "100", decimals: 0, percent: true });
    expect(parseChineseNumber("百分之零点五")).toEqual({ value: "0.5", decimals: 1, percent: true });
  });

  it("accepts the colloquial trailing digit only in smart mode", () => {
    for (const [s, value] of [
      ["一万二", "12000"],
      ["三千五", "3500"],
      ["一百二", "120"],
      ["两万三", "23000"],
      ["一亿二", "120000000"],
    ] as const) {
      expect(parseChineseNumber(s)).toBeNull();
      expect(parseChineseNumber(s, { smart: true })).toEqual({ value, decimals: 0, percent: false });
    }
  });

  it("keeps standard forms identical in smart mode", () => {
    expect(parseChineseNumber("一万零二", { smart: true })?.value).toBe("10002");
    expect(parseChineseNumber("三千零五", { smart: true })?.value).toBe("3005");
    expect(parseChineseNumber("一百二十", { smart: true })?.value).toBe("120");
  });

  it.each([
    ["二〇二四", "a year written digit by digit"],
    ["一二三", "a digit string"],
    ["三五", "a vague pair"],
    ["一千零五百", "零 that stands for no skipped place"],
    ["一万零五千", "零 before the place right below 万"],
    ["十零五", "零 after 十"],
    ["一百二万", "a digit between 百 and 万 (120万 or 102万?)"],
    ["两十", "两 before 十"],
    ["十两", "两 as a ones digit"],
    ["十四五", "a slogan, not a number"],
    ["百", "a bare 百"],
    ["万", "a bare 万"],
    ["", "the empty string"],
    ["三点", "点 with no digits"],
    ["一百件", "trailing text"],
  ])("%s → null (%s)", (s) => {
    expect(parseChineseNumber(s)).toBeNull();
    expect(parseChineseNumber(s, { smart: true })).toBeNull();
  });

  it("gives back every integer below 10^8 rendered as a standard numeral", () => {
    fc.assert(
      fc.property(integers, fc.boolean(), fc.boolean(), (n, liang, formal) => {
        const s = render(n, { liang, formal });
        const expected = { value: String(n), decimals: 0, percent: false };
        expect(parseChineseNumber(s)).toEqual(expected);
        expect(parseChineseNumber(s, { smart: true })).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back decimals after 点 and percentages after 百分之", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 }),
        (n, frac) => {
          const fracText = frac.map((d) => "〇一二三四五六七八九"[d]).join("");
          const s = `${render(n, { liang: false, formal: false })}点${fracText}`;
          const value = `${n}.${frac.join("")}`;
          expect(parseChineseNumber(s)).toEqual({ value, decimals: frac.length, percent: false });
          expect(parseChineseNumber(`百分之${s}`)).toEqual({ value, decimals: frac.length, percent: true });
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("scanChineseNumber", () => {
  it("finds the longest numeral at a position and where it ends", () => {
    const text = "结案一百一十五件";
    expect(scanChineseNumber(text, 2)).toMatchObject({ value: "115", start: 2, end: 7, bigUnit: "" });
  });

  it("reports a trailing 万 or 亿 so the extractor can treat it as a multiplier", () => {
    expect(scanChineseNumber("二十万条", 0)).toMatchObject({ value: "200000", end: 3, bigUnit: "万" });
    expect(scanChineseNumber("三亿元", 0)).toMatchObject({ value: "300000000", end: 2, bigUnit: "亿" });
    expect(scanChineseNumber("一万二千人", 0)).toMatchObject({ value: "12000", end: 4, bigUnit: "" });
  });

  it("stops before what it cannot read", () => {
    expect(scanChineseNumber("十四五规划", 0)).toMatchObject({ value: "14", end: 2 });
    expect(scanChineseNumber("一万二", 0)).toMatchObject({ value: "10000", end: 2 });
    expect(scanChineseNumber("一万二", 0, { smart: true })).toMatchObject({ value: "12000", end: 3 });
    expect(scanChineseNumber("三点五万", 0)).toMatchObject({ value: "3.5", decimals: 1, end: 3 });
  });

  it("returns null where no numeral starts", () => {
    expect(scanChineseNumber("二〇二四年", 0)).toBeNull();
    expect(scanChineseNumber("百姓", 0)).toBeNull();
    expect(scanChineseNumber("受理", 0)).toBeNull();
    expect(scanChineseNumber("一", 5)).toBeNull();
  });
});

describe("parseChineseDigits", () => {
  it("reads codes and years digit by digit", () => {
    expect(parseChineseDigits("二〇二四")).toBe("2024");
    expect(parseChineseDigits("二零二五")).toBe("2025");
    expect(parseChineseDigits("一二")).toBe("12");
  });

  it("rejects anything else", () => {
    expect(parseChineseDigits("二十")).toBeNull();
    expect(parseChineseDigits("两〇")).toBeNull();
    expect(parseChineseDigits("")).toBeNull();
    expect(parseChineseDigits("2024")).toBeNull();
  });
});
