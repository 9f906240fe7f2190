import { access, constants, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
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
 * Replaces a file's content without ever leaving it half-written, keeping what makes it the same
 * file: its mode (set explicitly, the umask does not apply), owner and group, and hard links.
 * Refuses read-only files and files changed since they were read.
 *
 * The new content is first written to a temporary file beside the real one (through symlinks) and
 * flushed. Then, normally, it is renamed over the original: atomic, so a reader or a crash sees the
 * old or the new file, never a mix. A rename makes a new inode, though, so when the file has other
 * hard links (which would keep the old text) or its owner cannot be given to the new file (not
 * root), the content is instead written into the original inode in place and the temporary file
 * removed; should that write fail, the original bytes are written back.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array): Promise<void> {
  const target = await realpath(path);
  const current = await readFile(target);
  if (!sameBytes(current, expected)) throw new Error("the file changed while it was being linted; not written");
  const info = await stat(target);
  if ((info.mode & 0o222) === 0) throw new Error(`the file is read-only (mode ${(info.mode & 0o777).toString(8)}); make it writable to apply the fixes`);
  await access(target, constants.W_OK);
  // Loaded here, not at start: node:crypto costs every run a few milliseconds, and only --fix writes.
  const { randomBytes } = await import("node:crypto");
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.reportlint-tmp`);
  let handle;
  let inPlace = info.nlink > 1;
  try {
    handle = await open(temp, "wx", 0o600);
    await handle.writeFile(bytes);
    if (!inPlace && (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())) {
      inPlace = !(await handle.chown(info.uid, info.gid).then(() => true, () => false));
    }
    // After chown, which clears set-user-id bits.
    await handle.chmod(info.mode & 0o7777);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (inPlace) await overwrite(target, bytes, current);
    else await rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Writes `bytes` into the file itself (same inode), putting `original` back if that fails. */
async function overwrite(target: string, bytes: Uint8Array, original: Uint8Array): Promise<void> {
  const handle = await open(target, "r+");
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
  } catch (error) {
    await handle.write(original, 0, original.length, 0).then(() => handle.truncate(original.length)).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}
