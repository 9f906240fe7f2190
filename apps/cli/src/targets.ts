import { stat } from "node:fs/promises";
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

/**
 * Turns arguments into files: "-" is standard input, a file is taken as is, a directory is searched
 * (recursively, skipping node_modules and dot-folders) for report extensions, anything else is a glob.
 * Each argument that gives nothing becomes a TargetError; files are de-duplicated in order.
 */
export async function expandTargets(args: readonly string[], cwd: string): Promise<{ targets: Target[]; errors: TargetError[] }> {
  const targets: Target[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
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
      add(path);
    } else if (info?.isDirectory()) {
      const found = await glob(EXTENSION_GLOB, { cwd: path, absolute: true, dot: false, ignore: IGNORE, caseSensitiveMatch: false });
      if (found.length === 0) {
        errors.push({ arg, message: `no reports found in this directory (looked for ${REPORT_EXTENSIONS.join(" ")})` });
      }
      found.sort().forEach(add);
    } else if (info) {
      errors.push({ arg, message: "not a regular file or directory" });
    } else {
      const found = (await glob(arg, { cwd, absolute: true, dot: false, ignore: IGNORE, caseSensitiveMatch: false })).filter(isReport);
      if (found.length === 0) errors.push({ arg, message: "no report files match this pattern" });
      found.sort().forEach(add);
    }
  }
  return { targets, errors };
}
