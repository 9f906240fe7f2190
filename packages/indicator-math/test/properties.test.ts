import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feasibleCounts, isFeasible } from "../src/grim.js";
import { point, sumIntervals } from "../src/interval.js";
import { checkPartWhole } from "../src/part-whole.js";
import { hardInterval } from "../src/printed.js";
import { checkRate, formatPercent } from "../src/rate-check.js";
import { rational, toFixed } from "../src/rational.js";

const nAndK = fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
const d = fc.integer({ min: 0, max: 2 });

describe("properties", () => {
  it("the correctly rounded rate is always consistent and feasible (n ≤ 10^6, d = 0..2)", () => {
    fc.assert(
      fc.property(nAndK, d, ([n, k], dd) => {
        const printed = formatPercent(k, n, dd);
        const c = checkRate(printed, k, n);
        // Printed 100%/0% with k ≠ n / k ≠ 0 is the strict case and is meant to fail.
        const strict = c.strictViolation !== undefined;
        expect(c.mode).toBe("round");
        expect(c.consistent).toBe(!strict);
        expect(isFeasible(printed, n)).toBe(true);
        const range = feasibleCounts(printed, n);
        expect(range !== null && BigInt(k) >= range.min && BigInt(k) <= range.max).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a rate off by more than one printed unit is never consistent", () => {
    fc.assert(
      fc.property(nAndK, d, fc.integer({ min: 2, max: 500 }), fc.boolean(), ([n, k], dd, off, up) => {
        const correct = BigInt(formatPercent(k, n, dd).replace(".", ""));
        const wrong = up ? correct + BigInt(off) : correct - BigInt(off);
        fc.pre(wrong >= 0n);
        const printed = toFixed(rational(wrong, 10n ** BigInt(dd)), dd);
        expect(checkRate(printed, k, n).consistent).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("interval sums of exact parts equal BigInt sums", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 12 }), (xs) => {
        const total = xs.reduce((a, b) => a + b, 0n);
        const s = sumIntervals(xs.map((x) => hardInterval({ value: x.toString() })));
        expect(s).toEqual(point(rational(total)));
        const r = checkPartWhole({ whole: { value: total.toString() }, parts: xs.map((x) => ({ value: x.toString() })), exhaustive: true });
        expect(r.verdict).toBe("ok");
        expect(r.sum).toEqual(rational(total));
        const off = checkPartWhole({ whole: { value: (total + 1n).toString() }, parts: xs.map((x) => ({ value: x.toString() })), exhaustive: true });
        expect(off.verdict).toBe("error");
      }),
      { numRuns: 500 },
    );
  });

  it("feasibleCounts agrees with a brute-force search of the §4.3 inequality for small n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 1000 }), d, (n, r, dd) => {
        // R with dd decimals, spread over 0..100%.
        const R = (BigInt(r) * 10n ** BigInt(dd)) / 10n;
        const printed = toFixed(rational(R, 10n ** BigInt(dd)), dd);
        const S = 2n * 10n ** BigInt(dd + 2);
        const N = BigInt(n);
        const brute: bigint[] = [];
        for (let k = 0n; k <= N; k++) if ((2n * R - 1n) * N <= S * k && S * k <= (2n * R + 1n) * N) brute.push(k);
        const range = feasibleCounts(printed, n);
        if (brute.length === 0) expect(range).toBeNull();
        else expect(range).toEqual({ min: brute[0], max: brute.at(-1) });
      }),
      { numRuns: 300 },
    );
  });
});
