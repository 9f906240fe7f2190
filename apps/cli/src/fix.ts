import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { applyFixes, type LintResult } from "@reportlint/core";
import type { Diagnostic, Fix } from "@reportlint/report-model";

/** Which fixes --fix applies: safe fixes, or also the first suggestion of each finding. */
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Replaces a file's content without ever leaving it half-written: writes a temporary file beside
 * the real one (through symlinks), flushes it, then renames it over. Refuses when the file changed
 * since it was read. On any error the original is untouched and the temporary file removed.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array): Promise<void> {
  const target = await realpath(path);
  const current = await readFile(target);
  if (!sameBytes(current, expected)) throw new Error("the file changed while it was being linted; not written");
  const { mode } = await stat(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.reportlint-tmp`);
  let handle;
  try {
    handle = await open(temp, "wx", mode & 0o7777);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
