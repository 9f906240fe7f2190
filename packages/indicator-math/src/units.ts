/**
 * Measure words, dimensions and scales (§4.6). The unit table itself lives in report-model
 * (`UNITS`, `MULTIPLIERS`) so the parser and this package agree; this module decides what may be
 * compared with what.
 */
import { BoundedMap, MULTIPLIERS, UNITS, type Dimension } from "@reportlint/report-model";
import { mul, pow10, toRational, type NumberLike, type Rational } from "./rational.js";

/** A measure word resolved against the unit table, with any multiplier written before it. */
export interface ResolvedUnit {
  /** The text as given ("万元"). */
  readonly text: string;
  /** Normalised unit id (宗 → 件, 名 → 人). */
  readonly id: string;
  readonly dimension: Dimension;
  /** Power of ten of the multiplier before the measure word (万元 → 4). */
  readonly multiplierExp: number;
  /** Power of ten of the measure word itself in its base unit (0 for every unit in the table today). */
  readonly unitScaleExp: number;
}

/** What two values need to be compared: a unit (id or printed measure word) and, for 个, its class. */
export interface UnitRef {
  readonly unit: string;
  /** For the ambiguous 个: what is counted ("organisation", "item"…), from the noun after it. */
  readonly unitClass?: string | null;
}

/** Measure words that say nothing about what they count until the caller names the class. */
export const AMBIGUOUS_UNITS: readonly string[] = ["个"];

/** Dimensions whose units are whole-number counts (GRIM and the 100% rule apply only to these). */
export const COUNT_DIMENSIONS: readonly Dimension[] = [
  "case",
  "event",
  "person",
  "person-visit",
  "household",
  "organisation",
  "item",
];

/** Dimensions in which every unit id is interchangeable after scaling (件≡宗≡起≡例 share one id already). */
const SCALED_DIMENSIONS: readonly Dimension[] = ["money"];

const UNIT_KEYS = Object.keys(UNITS).sort((a, b) => b.length - a.length);
const MULTIPLIER_KEYS = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length);

/**
 * Resolves a printed measure word, with an optional multiplier in front ("万元", "宗", "人次",
 * "万人"), or a unit id. Returns null for anything not in the unit table.
 */
export function resolveUnit(text: string): ResolvedUnit | null {
  // Reports print few measure words, each asked about many times (every pair of counts compared).
  let resolved = resolvedUnits.get(text);
  if (resolved === undefined) {
    resolvedUnits.set(text, (resolved = readUnit(text)));
  }
  return resolved;
}

// Results are shared between callers: treated as immutable, like the type says.
const RESOLVED_UNITS_MAX = 1000;
const resolvedUnits = new BoundedMap<string, ResolvedUnit | null>(RESOLVED_UNITS_MAX);

function readUnit(text: string): ResolvedUnit | null {
  const t = text.trim();
  const direct = UNITS[t];
  if (direct) return { text: t, id: direct.id, dimension: direct.dimension, multiplierExp: 0, unitScaleExp: direct.scaleExp };
  for (const m of MULTIPLIER_KEYS) {
    if (!t.startsWith(m)) continue;
    const rest = t.slice(m.length);
    const info = UNITS[rest];
    if (info) {
      return { text: t, id: info.id, dimension: info.dimension, multiplierExp: MULTIPLIERS[m] ?? 0, unitScaleExp: info.scaleExp };
    }
  }
  return null;
}

/** The longest measure word at the start of `text` ("人次参加" → 人次), or null. */
export function leadingUnit(text: string): string | null {
  return UNIT_KEYS.find((k) => text.startsWith(k)) ?? null;
}

/** The dimension of a unit id or measure word, or null when unknown. */
export function dimensionOf(unit: string): Dimension | null {
  return resolveUnit(unit)?.dimension ?? null;
}

/** True for dimensions counted in whole numbers (not money, not time). */
export function isCountDimension(dimension: string | null | undefined): boolean {
  return dimension != null && COUNT_DIMENSION_SET.has(dimension);
}
// A set: includes compared the dimension with every entry, character by character.
const COUNT_DIMENSION_SET: ReadonlySet<string> = new Set(COUNT_DIMENSIONS);

function refOf(x: string | UnitRef): UnitRef {
  return typeof x === "string" ? { unit: x } : x;
}

/**
 * Whether two values may be added or compared: the same dimension and the same unit id, except
 * money (scaled to 元). 人 and 人次 never mix; 户 ≠ 家; two 个 compare only when the caller gives
 * both the same class. Unknown units are never compatible.
 */
export function unitsCompatible(a: string | UnitRef, b: string | UnitRef): boolean {
  const ra = refOf(a);
  const rb = refOf(b);
  const ua = resolveUnit(ra.unit);
  const ub = resolveUnit(rb.unit);
  if (!ua || !ub) return false;
  if (ua.dimension !== ub.dimension) return false;
  const aAmbiguous = AMBIGUOUS_UNITS.includes(ua.id);
  const bAmbiguous = AMBIGUOUS_UNITS.includes(ub.id);
  if (aAmbiguous || bAmbiguous) {
    return aAmbiguous && bAmbiguous && !!ra.unitClass && ra.unitClass === rb.unitClass;
  }
  if (SCALED_DIMENSIONS.includes(ua.dimension)) return true;
  return ua.id === ub.id;
}

/** True when every unit in the list is compatible with the first one (an empty list is trivially true). */
export function allCompatible(units: readonly (string | UnitRef)[]): boolean {
  const [first, ...rest] = units;
  return first === undefined || rest.every((u) => unitsCompatible(first, u));
}

/** Total power of ten taking a value printed with this unit to the dimension's base unit (万元 → 4). */
export function baseScaleExp(unit: string): number | null {
  const r = resolveUnit(unit);
  return r ? r.multiplierExp + r.unitScaleExp : null;
}

/** A value printed with a unit, in the base unit of its dimension (1.2 亿元 → 120000000 元); null for unknown units. */
export function toBaseUnits(value: NumberLike, unit: string): Rational | null {
  const exp = baseScaleExp(unit);
  return exp === null ? null : mul(toRational(value), pow10(exp));
}
