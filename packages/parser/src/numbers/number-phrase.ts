import type { Approx, Dimension } from "@reportlint/report-model";
import { charKind, K_DIGIT, skipSpacesForward } from "./char-class.js";
import { hedgeAfter, hedgeAt, readArabic, readChinese } from "./read-number.js";

/** A number phrase read on its own (71.3余万元, 约2300万元, 3.5万, 一千二百余, 百分之八十三点三). */
export interface NumberPhrase {
  /** The number in its printed unit as an ASCII decimal ("71.3"). */
  readonly value: string;
  /** value's digits without the point ("713"). */
  readonly mantissa: string;
  /** value in the base unit = mantissa × 10^scaleExp (multiplier and unit scale included). */
  readonly scaleExp: number;
  readonly decimals: number;
  readonly multiplier: string;
  /** "number" when no unit, % or 个百分点 follows. */
  readonly kind: "count" | "percent" | "percent-points" | "number";
  /** Normalised unit id, or null without a measure word. */
  readonly unit: string | null;
  readonly unitText: string | null;
  readonly dimension: Dimension | null;
  readonly approx: Approx;
  readonly approxWord: string | null;
  readonly numeral: "arabic" | "chinese";
}

/**
 * Reads a whole string as one number phrase with the same grammar as extractNumbers, for callers
 * and tests that hold a phrase rather than a report. Null unless the entire string is one phrase.
 */
export function parseNumberPhrase(s: string): NumberPhrase | null {
  const lead = hedgeAt(s, 0);
  const pos = lead ? skipSpacesForward(s, lead.word.length) : 0;
  const r = charKind(s.charCodeAt(pos)) === K_DIGIT ? readArabic(s, pos) : readChinese(s, pos);
  if (!r || r.broken || !r.value) return null;
  const after = hedgeAfter(s, r.end);
  if ((after ? after.at : r.end) !== s.length) return null;
  let approx: Approx = "exact";
  let approxWord: string | null = null;
  if (r.inner) [approx, approxWord] = ["more", r.inner];
  else if (after) [approx, approxWord] = [after.approx, after.word];
  else if (lead && lead.approx !== "exact") [approx, approxWord] = [lead.approx, lead.word];
  const unit = r.kind === "count" ? r.unit : null;
  return {
    value: r.value,
    mantissa: r.mantissa,
    scaleExp: r.multiplierExp + (unit?.scaleExp ?? 0) - r.decimals,
    decimals: r.decimals,
    multiplier: r.multiplier,
    kind: r.kind === "none" ? "number" : r.kind,
    unit: unit?.id ?? null,
    unitText: unit ? r.unitText : null,
    dimension: unit?.dimension ?? null,
    approx,
    approxWord,
    numeral: r.numeral,
  };
}
