/**
 * Part–whole sums (§4.5) with interval arithmetic, Calculations 1.1 style. Hard intervals decide
 * ERROR, soft intervals WARN. The sum rules need disjoint parts; whether they are is the caller's
 * call (see partitions.ts for the evidence this package knows about).
 */
import { entirelyAbove, isEmpty, intersect, sumIntervals, type Interval } from "./interval.js";
import { isQuantity, normalizeValue, valueIntervals, type PrintedInput, type ValueIntervals } from "./printed.js";
import { sub, sum, type Rational } from "./rational.js";
import { unitsCompatible, type UnitRef } from "./units.js";

/** One enumeration: a whole, its parts, and what the text says about them. */
export interface PartWholeInput {
  readonly whole: PrintedInput;
  readonly parts: readonly PrintedInput[];
  /** True when the parts claim to add up to the whole (共计/合计 after the list, 其余 N, 分别为). */
  readonly exhaustive: boolean;
  /**
   * True when the parts cannot overlap (siblings of one partition, see `areDisjointParts`).
   * Defaults to `exhaustive`: a total written after its list is the author's own claim of a partition.
   */
  readonly disjoint?: boolean;
  /**
   * The intervals of `whole` and of each of `parts`, when the caller already holds them (as
   * `valueIntervals` would give them); read from the values otherwise.
   */
  readonly intervals?: { readonly whole: ValueIntervals; readonly parts: readonly ValueIntervals[] };
}

/** The verdict of one check; "skip" when the values cannot be compared (mixed dimensions). */
export type PartWholeVerdict = "ok" | "warn" | "error" | "skip";

/** Which comparison failed. */
export type PartWholeCheck = "part-exceeds-whole" | "sum-exceeds-whole" | "sum-mismatch";

/** One failed comparison: ERROR on hard intervals, WARN on soft ones. */
export interface PartWholeFinding {
  readonly check: PartWholeCheck;
  readonly severity: "error" | "warn";
  /** Index of the part, for part-exceeds-whole. */
  readonly part?: number;
}

/** Sums and intervals of a part–whole comparison, in the base unit of the dimension. */
export interface PartWholeResult {
  /** The worst finding, "ok" when none, "skip" when not comparable. */
  readonly verdict: PartWholeVerdict;
  readonly findings: readonly PartWholeFinding[];
  readonly skipReason?: "mixed-dimensions" | "no-parts";
  readonly whole: ValueIntervals;
  /** Σ of the printed part values (hedge words ignored). */
  readonly sum: Rational;
  readonly sumHard: Interval;
  readonly sumSoft: Interval;
  /** Σ parts − whole, on printed values (positive when the parts exceed the whole). */
  readonly difference: Rational;
  /** Parts that alone exceed the whole (hard or soft). */
  readonly exceedingParts: readonly number[];
}

function unitRef(input: PrintedInput): UnitRef | null {
  // A parser quantity carries its unit: no need to read its digits.
  if (isQuantity(input)) return input.unit ? { unit: input.unit, unitClass: input.unitClass ?? null } : null;
  const v = normalizeValue(input);
  return v.unit ? { unit: v.unit, unitClass: v.unitClass } : null;
}

/**
 * True when all values share one dimension and unit (after scaling). Values without a unit are
 * taken to share the others' unit: the caller built them.
 */
export function sameMeasure(values: readonly PrintedInput[]): boolean {
  const refs = values.map(unitRef);
  const given = refs.filter((r): r is UnitRef => r !== null);
  const [first, ...rest] = given;
  return first === undefined || rest.every((r) => unitsCompatible(first, r));
}

/**
 * Compares parts with their whole:
 * - any part: ERROR when part.hard lies entirely above whole.hard, WARN on soft;
 * - disjoint, not exhaustive: ERROR when Σ part.hard lies entirely above whole.hard, WARN on soft;
 * - disjoint, exhaustive: ERROR when Σ part.hard and whole.hard cannot meet, WARN on soft.
 * Open ends count, so (3000, +∞) is above 3000.
 */
export function checkPartWhole(input: PartWholeInput): PartWholeResult {
  const whole = input.intervals?.whole ?? valueIntervals(input.whole);
  const parts = input.intervals?.parts ?? input.parts.map(valueIntervals);
  const sumPoint = sum(parts.map((p) => p.point));
  const sumHard = sumIntervals(parts.map((p) => p.hard));
  const sumSoft = sumIntervals(parts.map((p) => p.soft));
  const base = { whole, sum: sumPoint, sumHard, sumSoft, difference: sub(sumPoint, whole.point) };
  if (parts.length === 0) return { ...base, verdict: "skip", skipReason: "no-parts", findings: [], exceedingParts: [] };
  if (!sameMeasure([input.whole, ...input.parts])) {
    return { ...base, verdict: "skip", skipReason: "mixed-dimensions", findings: [], exceedingParts: [] };
  }
  const findings: PartWholeFinding[] = [];
  const exceedingParts: number[] = [];
  parts.forEach((p, i) => {
    if (entirelyAbove(p.hard, whole.hard)) findings.push({ check: "part-exceeds-whole", severity: "error", part: i });
    else if (entirelyAbove(p.soft, whole.soft)) findings.push({ check: "part-exceeds-whole", severity: "warn", part: i });
    else return;
    exceedingParts.push(i);
  });
  const disjoint = input.disjoint ?? input.exhaustive;
  if (disjoint && input.exhaustive) {
    if (isEmpty(intersect(sumHard, whole.hard))) findings.push({ check: "sum-mismatch", severity: "error" });
    else if (isEmpty(intersect(sumSoft, whole.soft))) findings.push({ check: "sum-mismatch", severity: "warn" });
  } else if (disjoint && parts.length > 1) {
    // With one part the sum rule is the single-part rule above.
    if (entirelyAbove(sumHard, whole.hard)) findings.push({ check: "sum-exceeds-whole", severity: "error" });
    else if (entirelyAbove(sumSoft, whole.soft)) findings.push({ check: "sum-exceeds-whole", severity: "warn" });
  }
  const verdict: PartWholeVerdict = findings.some((f) => f.severity === "error") ? "error" : findings.length > 0 ? "warn" : "ok";
  return { ...base, verdict, findings, exceedingParts };
}
