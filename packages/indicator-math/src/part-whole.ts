/**
 * Part–whole sums (§4.5) with interval arithmetic, Calculations 1.1 style. Hard intervals decide
 * ERROR, soft intervals WARN. The sum rules need disjoint parts; whether they are is the caller's
 * call (see partitions.ts for the evidence this package knows about).
 */
import { entirelyAbove, isEmpty, intersect, sumIntervalsBy, type Interval } from "./interval.js";
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
  return sameUnits(values.map(unitRef));
}

/** True when all given units are compatible with the first; null (no unit) matches any. */
function sameUnits(refs: readonly (UnitRef | null)[]): boolean {
  let first: UnitRef | null = null;
  for (const r of refs) {
    if (r === null) continue;
    if (first === null) first = r;
    else if (!unitsCompatible(first, r)) return false;
  }
  return true;
}

/** What a part–whole verdict needs: intervals and units only, no printed digits. */
export interface PartWholeVerdictInput {
  readonly whole: ValueIntervals;
  readonly parts: readonly ValueIntervals[];
  /** The unit of the whole, then of each part (null: none given). */
  readonly units: readonly (UnitRef | null)[];
  readonly exhaustive: boolean;
  /** Defaults to `exhaustive`, as in `PartWholeInput`. */
  readonly disjoint?: boolean;
}

/** The failed comparisons, given the parts' summed intervals (read only for disjoint parts). */
function findingsOf(
  whole: ValueIntervals,
  parts: readonly ValueIntervals[],
  sums: () => { readonly hard: Interval; readonly soft: Interval },
  exhaustive: boolean,
  disjointGiven: boolean | undefined,
): { findings: PartWholeFinding[]; exceedingParts: number[] } {
  const findings: PartWholeFinding[] = [];
  const exceedingParts: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (entirelyAbove(p.hard, whole.hard)) findings.push({ check: "part-exceeds-whole", severity: "error", part: i });
    else if (entirelyAbove(p.soft, whole.soft)) findings.push({ check: "part-exceeds-whole", severity: "warn", part: i });
    else continue;
    exceedingParts.push(i);
  }
  const disjoint = disjointGiven ?? exhaustive;
  if (disjoint && exhaustive) {
    const { hard, soft } = sums();
    if (isEmpty(intersect(hard, whole.hard))) findings.push({ check: "sum-mismatch", severity: "error" });
    else if (isEmpty(intersect(soft, whole.soft))) findings.push({ check: "sum-mismatch", severity: "warn" });
  } else if (disjoint && parts.length > 1) {
    // With one part the sum rule is the single-part rule above.
    const { hard, soft } = sums();
    if (entirelyAbove(hard, whole.hard)) findings.push({ check: "sum-exceeds-whole", severity: "error" });
    else if (entirelyAbove(soft, whole.soft)) findings.push({ check: "sum-exceeds-whole", severity: "warn" });
  }
  return { findings, exceedingParts };
}

function verdictOfFindings(findings: readonly PartWholeFinding[]): PartWholeVerdict {
  return findings.some((f) => f.severity === "error") ? "error" : findings.length > 0 ? "warn" : "ok";
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
  const sumHard = sumIntervalsBy(parts, (p) => p.hard);
  const sumSoft = sumIntervalsBy(parts, (p) => p.soft);
  const difference = sub(sumPoint, whole.point);
  if (parts.length === 0) {
    return { whole, sum: sumPoint, sumHard, sumSoft, difference, verdict: "skip", skipReason: "no-parts", findings: [], exceedingParts: [] };
  }
  if (!sameMeasure([input.whole, ...input.parts])) {
    return { whole, sum: sumPoint, sumHard, sumSoft, difference, verdict: "skip", skipReason: "mixed-dimensions", findings: [], exceedingParts: [] };
  }
  const { findings, exceedingParts } = findingsOf(whole, parts, () => ({ hard: sumHard, soft: sumSoft }), input.exhaustive, input.disjoint);
  // Written out, not a spread of the sums: one object, one shape.
  return { whole, sum: sumPoint, sumHard, sumSoft, difference, verdict: verdictOfFindings(findings), findings, exceedingParts };
}

/**
 * The verdict of `checkPartWhole` alone, from intervals and units: the sums it reports are not
 * built, and the parts' intervals are summed only when the sum is compared. For callers that ask
 * of many claims whether they hold, and work out the arithmetic only for the few that do not.
 */
export function partWholeVerdict(input: PartWholeVerdictInput): PartWholeVerdict {
  if (input.parts.length === 0) return "skip";
  if (!sameUnits(input.units)) return "skip";
  const parts = input.parts;
  const sums = () => ({ hard: sumIntervalsBy(parts, (p) => p.hard), soft: sumIntervalsBy(parts, (p) => p.soft) });
  return verdictOfFindings(findingsOf(input.whole, parts, sums, input.exhaustive, input.disjoint).findings);
}
