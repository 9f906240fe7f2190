import type { Fix } from "@reportlint/report-model";

export interface FixOutcome {
  readonly output: string;
  /** Fixes applied, in text order. */
  readonly applied: readonly Fix[];
  /** Fixes skipped because they overlap an earlier one (apply again after re-linting). */
  readonly skipped: readonly Fix[];
}

/** Applies non-overlapping fixes to the text, earliest first; overlapping ones are skipped. */
export function applyFixes(text: string, fixes: readonly Fix[]): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let output = "";
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.span;
    if (start < cursor || end > text.length || end < start) {
      skipped.push(fix);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  return { output: output + text.slice(cursor), applied, skipped };
}
