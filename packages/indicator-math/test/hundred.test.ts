import { describe, expect, it } from "vitest";
import { hundredGap, sharesWithinHundred } from "../src/hundred.js";
import { add, compare, rational, sub, sum } from "../src/rational.js";
import { toPrintedPercent } from "../src/percent.js";

const read = (...shares: string[]) => shares.map((s) => toPrintedPercent(s));

describe("hundredGap", () => {
  it("measures |Σ − 100| and the rounding slack in units of 1/(2·10^d) percent", () => {
    // 47.61 + 29.39 + 15.6 + 4.96 + 0.27 + 2.18 = 100.01; d = 2, so a unit is 0.005%.
    expect(hundredGap(read("47.61", "29.39", "15.60", "4.96", "0.27", "2.18"))).toEqual({ gap: 2n, slack: 6n, d: 2 });
    // 52.7 + 47.3 = 100 exactly; each share's half last digit (0.05%) is 10 units at d = 2.
    expect(hundredGap(read("52.7%", "47.3%"))).toEqual({ gap: 0n, slack: 20n, d: 2 });
    // A finer share sets the unit: d = 3.
    expect(hundredGap(read("33.333", "66.7"))).toMatchObject({ gap: 66n, d: 3 });
  });

  it("agrees with the sum taken as rationals", () => {
    const shares = ["12.5", "37.25", "8", "41.3"];
    const total = sum(shares.map((s) => toPrintedPercent(s).percent));
    const { gap, d } = hundredGap(read(...shares));
    const off = sub(total, rational(100n));
    const magnitude = compare(off, rational(0n)) < 0 ? sub(rational(0n), off) : off;
    expect(magnitude).toEqual(add(rational(0n), rational(gap, 2n * 10n ** BigInt(d))));
  });
});

describe("sharesWithinHundred", () => {
  it("accepts shares that make 100% within their rounding or 0.01", () => {
    expect(sharesWithinHundred(read("52.7", "47.3"))).toBe(true);
    expect(sharesWithinHundred(read("33.3", "33.3", "33.3"))).toBe(true); // 99.9, slack 0.15
    expect(sharesWithinHundred(read("47.61", "29.39", "15.60", "4.96", "0.27", "2.18"))).toBe(true);
  });

  it("rejects shares that cannot make 100%", () => {
    expect(sharesWithinHundred(read("40", "30", "20"))).toBe(false);
    expect(sharesWithinHundred(read("52.7", "48.3"))).toBe(false);
    expect(sharesWithinHundred(read("33", "33", "32"))).toBe(false); // 98, slack 1.5
  });
});
