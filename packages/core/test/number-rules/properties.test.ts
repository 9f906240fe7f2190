// Random data in report-style sentences: consistent figures give no number finding; an exhaustive sum,
// a non-exhaustive list or a rate that is off by more than rounding always gives one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { error, verdict } from "./verdict.js";

const RUNS = { numRuns: 150 };

/** Disjoint outcomes that reports list for one kind of case (indicator-math §4.5, "known partition"). */
const PARTITIONS = [
  { subject: "行政复议", parts: ["维持", "撤销", "确认违法", "驳回", "终止"] },
  { subject: "劳动争议", parts: ["线上调解", "线下调解", "裁决"] },
  { subject: "劳动人事争议", parts: ["调解", "裁决", "撤诉"] },
] as const;

interface Part {
  readonly label: string;
  readonly value: number;
}

/** 2–5 labelled parts of one partition, each at least 1, their sum at most 5000. */
const partsArb = fc
  .constantFrom(...PARTITIONS)
  .chain((p) => fc.shuffledSubarray([...p.parts], { minLength: 2, maxLength: Math.min(5, p.parts.length) }).map((labels) => ({ subject: p.subject, labels })))
  .chain(({ subject, labels }) =>
    fc
      .array(fc.integer({ min: 1, max: Math.floor(5000 / labels.length) }), { minLength: labels.length, maxLength: labels.length })
      .map((values) => ({ subject, parts: labels.map((label, i): Part => ({ label, value: values[i]! })) })),
  );

/** A rate k/n written with d decimals, rounded half up; as an integer R of units 10^-d percent. */
function roundedRate(k: number, n: number, d: number): number {
  const scale = 10 ** (d + 2);
  return Math.floor((2 * k * scale + n) / (2 * n));
}

/** The printed form of R units at d decimals: 9833, 2 → "98.33". */
function printRate(units: number, d: number): string {
  if (d === 0) return String(units);
  const s = String(units).padStart(d + 1, "0");
  return `${s.slice(0, -d)}.${s.slice(-d)}`;
}

const list = (parts: readonly Part[], sep = "、") => parts.map((p) => `${p.label}${p.value}件`).join(sep);
const sum = (parts: readonly Part[]) => parts.reduce((a, p) => a + p.value, 0);

/** Consistent data: parts summing to n, a closed count k ≤ n, and its correctly rounded rate. */
const consistentArb = partsArb
  .chain(({ subject, parts }) => {
    const n = sum(parts);
    return fc.record({ k: fc.integer({ min: 0, max: n }), d: fc.integer({ min: 0, max: 2 }) }).map(({ k, d }) => {
      const units = roundedRate(k, n, d);
      return { subject, parts, n, k, d, units, rate: printRate(units, d) };
    });
  })
  // 100% and 0% are strict (§4.3): a rounded 100% with k < n is a finding, not consistent data.
  .filter(({ k, n, d, units }) => !(units === 100 * 10 ** d && k < n) && !(units === 0 && k > 0));

const TEMPLATES: ReadonlyArray<(x: { subject: string; parts: readonly Part[]; n: number; k: number; rate: string }) => string> = [
  (x) => `共受理${x.subject}案件${x.n}件（${list(x.parts)}），办结${x.k}件，办结率${x.rate}%。`,
  (x) => `共受理${x.subject}案件${x.n}件，其中${list(x.parts)}，办结${x.k}件，办结率${x.rate}%。`,
  (x) => `${list(x.parts)}，共计${x.n}件。`,
  (x) => `全年受理${x.subject}案件${x.n}件,已办结${x.k}件,办结率为${x.rate}%,其中${list(x.parts)}。`,
  (x) => `共受理${x.subject}案件${x.n}件，其中${list(x.parts.slice(0, -1))}，其余${x.parts.at(-1)!.value}件为${x.parts.at(-1)!.label}。`,
];

describe("properties: consistent figures are never flagged", () => {
  TEMPLATES.forEach((render, i) => {
    it(`template ${i + 1}: ${render({ subject: "行政复议", parts: [{ label: "维持", value: 30 }, { label: "撤销", value: 5 }], n: 35, k: 33, rate: "94.3" })}`, () => {
      fc.assert(
        fc.property(consistentArb, (x) => {
          expect(verdict(render(x))).toEqual([]);
        }),
        RUNS,
      );
    });
  });
});

/** Moves one part by a nonzero amount while keeping every part between 1 and n. */
const shiftedArb = partsArb.chain(({ subject, parts }) => {
  const n = sum(parts);
  return fc.integer({ min: 0, max: parts.length - 1 }).chain((i) => {
    const v = parts[i]!.value;
    return fc
      .integer({ min: 1 - v, max: n - v })
      .filter((delta) => delta !== 0)
      .map((delta) => ({ subject, n, parts: parts.map((p, j) => (j === i ? { ...p, value: p.value + delta } : p)) }));
  });
});

describe("properties: an exhaustive total that differs from its parts is flagged", () => {
  it("total after the list (共计)", () => {
    fc.assert(
      fc.property(shiftedArb, ({ n, parts }) => {
        expect(verdict(`${list(parts)}，共计${n}件。`)).toEqual([error("sum-mismatch")]);
      }),
      RUNS,
    );
  });

  it("其余 as the last part", () => {
    fc.assert(
      fc.property(shiftedArb, ({ subject, n, parts }) => {
        const last = parts.at(-1)!;
        const text = `共受理${subject}案件${n}件，其中${list(parts.slice(0, -1))}，其余${last.value}件为${last.label}。`;
        // The listed parts alone may already pass n; both readings say the same claim is off.
        expect(verdict(text)).toEqual([error("sum-mismatch")]);
      }),
      RUNS,
    );
  });
});

/** A total n and 2–5 disjoint parts, each at most n, together more than n. */
const overfullArb = fc
  .record({ partition: fc.constantFrom(...PARTITIONS), n: fc.integer({ min: 1, max: 5000 }) })
  .chain(({ partition, n }) =>
    fc
      .shuffledSubarray([...partition.parts], { minLength: 2, maxLength: Math.min(5, partition.parts.length) })
      .chain((labels) =>
        fc.array(fc.integer({ min: 1, max: n }), { minLength: labels.length, maxLength: labels.length }).map((values) => ({
          subject: partition.subject,
          n,
          parts: labels.map((label, i): Part => ({ label, value: values[i]! })),
        })),
      ),
  )
  .filter(({ n, parts }) => sum(parts) > n);

describe("properties: disjoint parts in parentheses that exceed their total are flagged", () => {
  it("共受理X案件n件（A a件、B b件…）", () => {
    fc.assert(
      fc.property(overfullArb, ({ subject, n, parts }) => {
        expect(verdict(`共受理${subject}案件${n}件（${list(parts)}）。`)).toEqual([error("sum-mismatch")]);
      }),
      RUNS,
    );
  });
});

/** Counts n ≥ 1 and k ≤ n, and a printed rate at least two printed units away from k/n, within 0–100%. */
const offRateArb = fc
  .record({
    n: fc.integer({ min: 1, max: 5000 }),
    d: fc.integer({ min: 0, max: 2 }),
    subject: fc.constantFrom("信访事项", "投诉举报", "行政复议案件", "政务服务事项"),
  })
  .chain(({ n, d, subject }) =>
    fc.integer({ min: 0, max: n }).chain((k) => {
      const right = roundedRate(k, n, d);
      return fc
        .integer({ min: 0, max: 100 * 10 ** d })
        .filter((units) => Math.abs(units - right) >= 2)
        .map((units) => ({ n, k, d, subject, rate: printRate(units, d), right: printRate(right, d) }));
    }),
  );

describe("properties: a rate that disagrees with explicit 受理/办结 counts is flagged", () => {
  it("全年共受理X n件，已办结k件，办结率r%", () => {
    fc.assert(
      fc.property(offRateArb, ({ n, k, subject, rate }) => {
        expect(verdict(`全年共受理${subject}${n}件，已办结${k}件，办结率${rate}%。`)).toEqual([error("rate-mismatch")]);
      }),
      RUNS,
    );
  });
});

describe("properties: the generators themselves", () => {
  it("round half up and print like a report", () => {
    expect(printRate(roundedRate(118, 120, 1), 1)).toBe("98.3");
    expect(printRate(roundedRate(7, 130, 2), 2)).toBe("5.38");
    expect(printRate(roundedRate(5, 6, 1), 1)).toBe("83.3");
    expect(printRate(roundedRate(1, 200, 0), 0)).toBe("1");
    expect(printRate(roundedRate(1, 300, 2), 2)).toBe("0.33");
    expect(printRate(roundedRate(2026, 2068, 0), 0)).toBe("98");
  });
});
