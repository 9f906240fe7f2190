import { access, constants, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { REPORT_EXTENSIONS, extensionOf } from "@reportlint/readers";
import { glob, isDynamicPattern } from "tinyglobby";

/** A file to lint, or standard input. */
export type Target = { readonly kind: "file"; readonly path: string } | { readonly kind: "stdin" };

/** A command-line argument that names nothing to lint, with the reason. */
export interface TargetError {
  readonly arg: string;
  readonly message: string;
}

const EXTENSION_GLOB = `**/*.{${REPORT_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;
const IGNORE = ["**/node_modules/**"];

function isReport(path: string): boolean {
  return (REPORT_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

function statReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT" || code === "ENOTDIR") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error as Error).message;
}

/** The device and inode of a file (its identity whatever the path), or the path when stat fails. */
async function identity(path: string): Promise<string> {
  try {
    const { dev, ino } = await stat(path, { bigint: true });
    return `${dev}:${ino}`;
  } catch {
    return path;
  }
}

/** The first target that is the same file as `path` (through symlinks, hard links or `..`), if any. */
export async function sameFileIn(path: string, targets: readonly Target[]): Promise<string | undefined> {
  const id = await identity(path);
  for (const t of targets) if (t.kind === "file" && (await identity(t.path)) === id) return t.path;
  return undefined;
}

/**
 * Turns arguments into files: "-" is standard input, a file is taken as is, a directory is searched
 * (recursively, skipping node_modules and dot-folders) for report extensions, anything else is a glob.
 * Each argument that gives nothing becomes a TargetError; files are de-duplicated in order, by
 * identity: one file reached through a symlinked folder or a hard link is linted (and fixed) once.
 */
export async function expandTargets(args: readonly string[], cwd: string): Promise<{ targets: Target[]; errors: TargetError[] }> {
  const targets: Target[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = async (path: string) => {
    const id = await identity(path);
    if (seen.has(id)) return;
    seen.add(id);
    targets.push({ kind: "file", path });
  };

  for (const arg of args) {
    if (arg === "-") {
      if (!seen.has("-")) targets.push({ kind: "stdin" });
      seen.add("-");
      continue;
    }
    const path = resolve(cwd, arg);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (!isDynamicPattern(arg)) {
        errors.push({ arg, message: statReason(error) });
        continue;
      }
    }
    if (info?.isFile()) {
      await add(path);
    } else if (info?.isDirectory()) {
      // The search skips folders it cannot read without a word: say so rather than "no reports found".
      const readable = await access(path, constants.R_OK | constants.X_OK).then(() => true, () => false);
      if (!readable) {
        errors.push({ arg, message: "permission denied" });
        continue;
      }
      const found = await glob(EXTENSION_GLOB, { cwd: path, absolute: true, dot: false, ignore: IGNORE, caseSensitiveMatch: false });
      if (found.length === 0) {
        errors.push({ arg, message: `no reports found in this directory (looked for ${REPORT_EXTENSIONS.join(" ")})` });
      }
      for (const f of found.sort()) await add(f);
    } else if (info) {
      errors.push({ arg, message: "not a regular file or directory" });
    } else {
      const found = (await glob(arg, { cwd, absolute: true, dot: false, ignore: IGNORE, caseSensitiveMatch: false })).filter(isReport);
      if (found.length === 0) errors.push({ arg, message: "no report files match this pattern" });
      for (const f of found.sort()) await add(f);
    }
  }
  return { targets, errors };
}
