import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  ceil,
  compare,
  decimalsOf,
  div,
  eq,
  floor,
  formatScaled,
  ge,
  gt,
  isDecimalString,
  isInteger,
  le,
  lt,
  mantissaOf,
  max,
  min,
  mul,
  neg,
  parseDecimal,
  pow10,
  rational,
  ratToString,
  roundScaled,
  scale10,
  sub,
  sum,
  toExactDecimal,
  toFixed,
  toRational,
} from "../src/rational.js";

describe("rational", () => {
  it("reduces and keeps the denominator positive", () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(rational(0, 5)).toEqual({ num: 0n, den: 1n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(() => rational(0.5)).toThrow(RangeError);
  });

  it("builds powers of ten both ways", () => {
    expect(pow10(3)).toEqual({ num: 1000n, den: 1n });
    expect(pow10(-2)).toEqual({ num: 1n, den: 100n });
    expect(() => pow10(1.5)).toThrow(RangeError);
  });
});

describe("printed decimals", () => {
  it("keeps trailing zeros as precision", () => {
    expect(decimalsOf("98")).toBe(0);
    expect(decimalsOf("98.0")).toBe(1);
    expect(decimalsOf("98.00")).toBe(2);
    expect(mantissaOf("71.3")).toBe(713n);
    expect(mantissaOf("98.00")).toBe(9800n);
    expect(mantissaOf("-0.5")).toBe(-5n);
  });

  it("rejects anything that is not a plain ASCII decimal", () => {
    expect(isDecimalString("1,250")).toBe(false);
    expect(isDecimalString("1e3")).toBe(false);
    expect(isDecimalString("１５")).toBe(false);
    expect(isDecimalString("15")).toBe(true);
    expect(() => decimalsOf("abc")).toThrow(RangeError);
    expect(() => mantissaOf("")).toThrow(RangeError);
  });

  it("reads every string as the pattern of a plain decimal does (property)", () => {
    // The reference: the regular expression decimalsOf and mantissaOf replaced with a scan by code.
    const reference = (s: string): { decimals: number; mantissa: bigint } | null => {
      const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(s);
      if (!m) return null;
      const digits = BigInt(m[2]! + (m[3] ?? ""));
      return { decimals: m[3]?.length ?? 0, mantissa: m[1] === "-" ? -digits : digits };
    };
    const read = (s: string): { decimals: number; mantissa: bigint } | null => {
      try {
        return { decimals: decimalsOf(s), mantissa: mantissaOf(s) };
      } catch (e) {
        expect(e).toBeInstanceOf(RangeError);
        return null;
      }
    };
    const chars = fc.constantFrom(..."0123456789".split(""), "0", "9", ".", "+", "-", " ", "a", "１", "\n");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (list) => {
        const s = list.join("");
        expect(read(s)).toEqual(reference(s));
      }),
      { numRuns: 5000 },
    );
    for (const s of ["0", "-0", "+7", "007.50", "123456789012345", "1234567890123456", "-99999999999999999.25", "1.", ".5", "-", "+.1"]) {
      expect(read(s)).toEqual(reference(s));
    }
  });

  it("parses exactly", () => {
    expect(parseDecimal("71.3")).toEqual({ num: 713n, den: 10n });
    expect(parseDecimal("0.25")).toEqual({ num: 1n, den: 4n });
    expect(toRational(" 2068 ")).toEqual({ num: 2068n, den: 1n });
    expect(toRational(7n)).toEqual({ num: 7n, den: 1n });
    expect(toRational(0.1)).toEqual({ num: 1n, den: 10n });
    expect(toRational({ num: 4n, den: 8n })).toEqual({ num: 1n, den: 2n });
    expect(() => toRational(Number.NaN)).toThrow(RangeError);
    expect(() => toRational(1e-9)).toThrow(RangeError);
  });
});

describe("arithmetic and comparison", () => {
  const third = rational(1n, 3n);
  const half = rational(1n, 2n);

  it("adds, subtracts, multiplies and divides exactly", () => {
    expect(add(third, half)).toEqual(rational(5n, 6n));
    expect(sub(third, half)).toEqual(rational(-1n, 6n));
    expect(mul(third, half)).toEqual(rational(1n, 6n));
    expect(div(third, half)).toEqual(rational(2n, 3n));
    expect(neg(third)).toEqual(rational(-1n, 3n));
    expect(sum([third, third, third])).toEqual(rational(1n));
    expect(sum([])).toEqual(rational(0n));
    expect(() => div(third, rational(0n))).toThrow(RangeError);
  });

  it("compares by cross-multiplication", () => {
    expect(compare(third, half)).toBe(-1);
    expect(compare(half, third)).toBe(1);
    expect(compare(rational(2n, 4n), half)).toBe(0);
    expect(eq(rational(2n, 4n), half)).toBe(true);
    expect(lt(third, half) && le(third, half) && le(half, half)).toBe(true);
    expect(gt(half, third) && ge(half, third) && ge(half, half)).toBe(true);
    expect(min(third, half)).toBe(third);
    expect(max(third, half)).toBe(half);
  });

  it("floors and ceils negative and positive values", () => {
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(ceil(rational(7n, 2n))).toBe(4n);
    expect(ceil(rational(-7n, 2n))).toBe(-3n);
    expect(ceil(rational(4n))).toBe(4n);
    expect(isInteger(rational(4n, 2n))).toBe(true);
    expect(isInteger(third)).toBe(false);
  });

  it("scales by powers of ten", () => {
    expect(scale10(parseDecimal("1.2"), 8)).toEqual(rational(120000000n));
    expect(scale10(rational(5n), -1)).toEqual(half);
  });
});

describe("rounding and printing", () => {
  it("rounds half up on the magnitude", () => {
    expect(roundScaled(parseDecimal("2.5"), 0)).toBe(3n);
    expect(roundScaled(parseDecimal("-2.5"), 0)).toBe(-3n);
    expect(roundScaled(parseDecimal("2.49"), 0)).toBe(2n);
    expect(roundScaled(parseDecimal("98.35"), 1)).toBe(984n);
  });

  it("truncates, floors and ceils", () => {
    expect(roundScaled(parseDecimal("-2.7"), 0, "truncate")).toBe(-2n);
    expect(roundScaled(parseDecimal("2.7"), 0, "truncate")).toBe(2n);
    expect(roundScaled(parseDecimal("-2.7"), 0, "floor")).toBe(-3n);
    expect(roundScaled(parseDecimal("2.1"), 0, "ceil")).toBe(3n);
  });

  it("prints scaled integers", () => {
    expect(formatScaled(9833n, 2)).toBe("98.33");
    expect(formatScaled(5n, 3)).toBe("0.005");
    expect(formatScaled(-5n, 1)).toBe("-0.5");
    expect(formatScaled(12n, -2)).toBe("1200");
  });

  it("prints 118/120 as a percent with two decimals", () => {
    expect(toFixed(div(rational(11800n), rational(120n)), 2)).toBe("98.33");
    expect(toFixed(rational(2n, 3n), 0)).toBe("1");
    expect(toFixed(rational(2n, 3n), 3, "truncate")).toBe("0.666");
  });

  it("spells terminating decimals exactly and refuses the others", () => {
    expect(toExactDecimal(rational(1n, 8n))).toBe("0.125");
    expect(toExactDecimal(rational(1n, 3n))).toBeNull();
    expect(toExactDecimal(rational(1n, 8n), 2)).toBeNull();
    expect(toExactDecimal(rational(120n))).toBe("120");
    expect(ratToString(rational(713n, 10n))).toBe("713/10");
    expect(ratToString(rational(5n))).toBe("5");
  });
});
