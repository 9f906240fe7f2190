import type { Diagnostic, Fix } from "@reportlint/report-model";
import { applyFixes } from "@reportlint/rules";
import type { LintResult } from "./lint.js";

/** Which fixes to apply: safe fixes, or also the first suggestion of each finding. */
export type FixType = "safe" | "suggestion";

/** Passes of lint → fix → lint before giving up (fixes that keep creating new fixable findings). */
export const MAX_FIX_PASSES = 10;

/** The fixes to apply for the findings shown. */
export function fixesOf(diagnostics: readonly Diagnostic[], fixType: FixType): Fix[] {
  const fixes: Fix[] = [];
  for (const d of diagnostics) {
    const fix = d.fix ?? (fixType === "suggestion" ? d.suggestions?.[0]?.fix : undefined);
    if (fix) fixes.push(fix);
  }
  return fixes;
}

/** The text after fixing and its final lint result. */
export interface FixRun {
  readonly output: string;
  readonly result: LintResult;
  readonly passes: number;
}

/**
 * Applies fixes, re-lints and repeats (at most MAX_FIX_PASSES times) until nothing more changes.
 * `select` picks the findings whose fixes may be applied (the ones the run shows).
 */
export function fixUntilStable(
  text: string,
  lintText: (text: string) => LintResult,
  select: (result: LintResult) => readonly Diagnostic[],
  fixType: FixType,
  first: LintResult = lintText(text),
): FixRun {
  let output = text;
  let result = first;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixes = fixesOf(select(result), fixType);
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes).output;
    if (next === output) break;
    output = next;
    result = lintText(output);
    passes++;
  }
  return { output, result, passes };
}
