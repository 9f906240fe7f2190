import { accessSync, constants, statSync, type Stats } from "node:fs";
import { resolve } from "node:path";
import { REPORT_EXTENSIONS, extensionOf } from "@reportlint/readers";
import { ioErrorReason, runMessage, type RunReason } from "./i18n/run-messages.js";

// tinyglobby (with picomatch and fdir) is loaded only when a folder or a glob is given: a cold
// start on named files does without it.
const globber = () => import("tinyglobby");

/** A file to lint, or standard input. */
export type Target = { readonly kind: "file"; readonly path: string } | { readonly kind: "stdin" };

/** A command-line argument that names nothing to lint, with the reason (`message` is in English). */
export interface TargetError {
  readonly arg: string;
  readonly message: string;
  readonly reason: RunReason;
}

/** Options of expandTargets. */
export interface ExpandOptions {
  /** Whether a file is ignored (.reportlintignore); ignored files are not linted. */
  readonly isIgnored?: (path: string) => boolean;
  /** Names of reportlint's own files (its configs): found in a folder, they are not counted as skipped. */
  readonly ownFileNames?: readonly string[];
}

/** The files to lint, and what was left out. */
export interface ExpandedTargets {
  readonly targets: Target[];
  readonly errors: TargetError[];
  /** Files named on the command line that an ignore pattern matches (not linted; worth a notice). */
  readonly ignored: string[];
  /** Files found in directories whose type reportlint does not read: how many, and their extensions. */
  readonly skipped: { readonly count: number; readonly extensions: string[] };
}

const IGNORE = ["**/node_modules/**"];

function isReport(path: string): boolean {
  return (REPORT_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

const targetError = (arg: string, reason: RunReason): TargetError => ({ arg, reason, message: runMessage("en", reason) });

// The file system is asked synchronously here: a folder of 1,000 reports means 1,000 stats, and
// each async one is a round trip to libuv's thread pool (~0.1 s idle in all, before any lint).

/** The device and inode of a file (its identity whatever the path), or the path when stat fails. */
function identity(path: string): string {
  try {
    const info = statSync(path, { bigint: true, throwIfNoEntry: false });
    return info === undefined ? path : `${info.dev}:${info.ino}`;
  } catch {
    return path;
  }
}

/** The first target that is the same file as `path` (through symlinks, hard links or `..`), if any. */
export function sameFileIn(path: string, targets: readonly Target[]): string | undefined {
  const id = identity(path);
  for (const t of targets) if (t.kind === "file" && identity(t.path) === id) return t.path;
  return undefined;
}

/**
 * Turns arguments into files: "-" is standard input, a file is taken as is, a directory is searched
 * (recursively, skipping node_modules and dot-folders) for report extensions, anything else is a glob.
 * Each argument that gives nothing becomes a TargetError; files are de-duplicated in order, by
 * identity: one file reached through a symlinked folder or a hard link is linted (and fixed) once,
 * and a symlink loop ends. In directories, other files are counted as skipped; ignored files are
 * left out (a file named explicitly that is ignored is listed in `ignored`).
 */
export async function expandTargets(args: readonly string[], cwd: string, options: ExpandOptions = {}): Promise<ExpandedTargets> {
  const targets: Target[] = [];
  const errors: TargetError[] = [];
  const ignored: string[] = [];
  const skippedExtensions = new Set<string>();
  let skippedCount = 0;
  const isIgnored = options.isIgnored ?? (() => false);
  const ownFileNames = options.ownFileNames ?? [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const id = identity(path);
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
    let info: Stats | undefined;
    try {
      info = statSync(path);
    } catch (error) {
      if (!(await globber()).isDynamicPattern(arg)) {
        errors.push(targetError(arg, ioErrorReason(error)));
        continue;
      }
    }
    if (info?.isFile()) {
      if (isIgnored(path)) ignored.push(arg);
      else add(path);
    } else if (info?.isDirectory()) {
      // The search skips folders it cannot read without a word: say so rather than "no reports found".
      let readable = true;
      try {
        accessSync(path, constants.R_OK | constants.X_OK);
      } catch {
        readable = false;
      }
      if (!readable) {
        errors.push(targetError(arg, { id: "permissionDenied" }));
        continue;
      }
      // Symlinks are followed; fdir stops at a link back into a folder it is in, so loops end.
      const found = await (await globber()).glob("**/*", { cwd: path, absolute: true, dot: false, ignore: IGNORE });
      const reports: string[] = [];
      let ignoredHere = 0;
      for (const f of found) {
        if (isIgnored(f)) ignoredHere++;
        else if (isReport(f)) reports.push(f);
        // reportlint's own config files are not reports, nor files it failed to read.
        else if (!ownFileNames.includes(basenameOf(f))) {
          skippedCount++;
          skippedExtensions.add(extensionOf(f) || basenameOf(f));
        }
      }
      if (reports.length === 0 && ignoredHere === 0) {
        errors.push(targetError(arg, { id: "noReportsInDirectory", data: { extensions: REPORT_EXTENSIONS.join(" ") } }));
      }
      for (const f of reports.sort()) add(f);
    } else if (info) {
      errors.push(targetError(arg, { id: "notRegularFile" }));
    } else {
      const matched = (await (await globber()).glob(arg, { cwd, absolute: true, dot: false, ignore: IGNORE, caseSensitiveMatch: false })).filter(isReport);
      const found = matched.filter((f) => !isIgnored(f));
      if (matched.length === 0) errors.push(targetError(arg, { id: "noGlobMatch" }));
      for (const f of found.sort()) add(f);
    }
  }
  return { targets, errors, ignored, skipped: { count: skippedCount, extensions: [...skippedExtensions].sort() } };
}

function basenameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
