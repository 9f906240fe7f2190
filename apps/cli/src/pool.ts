import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import type { LintJob, LintOutcome } from "./lint-file.js";

/**
 * From this many files on, --concurrency auto lints on worker threads. Each worker costs about
 * 0.2 s of CPU to start and lints its first files cold (measured: 8 files took 0.35 s of CPU in the
 * main thread and 0.8 s with two workers), so a few files are done sooner in the main thread.
 */
export const AUTO_WORKERS_MIN_FILES = 32;

/**
 * --concurrency auto uses workers only with at least this many cores. One lint thread already keeps
 * about 1.4 cores busy (V8's garbage collector and compiler run beside it), and each worker warms
 * its own compiled code, so on 2 cores workers gained nothing (pnpm bench:batch, 1,000 files: 2.75 s
 * and 3.9 s of CPU in the main thread, 2.71 s and 4.9 s of CPU with two workers).
 */
export const AUTO_WORKERS_MIN_CORES = 3;

/** What --concurrency asks for: a number of workers, "auto" or "off". */
export type Concurrency = number | "auto" | "off";

/** How many workers to use for `files` files: 0 means lint in the main thread. */
export function workerCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === "off") return 0;
  if (concurrency === "auto") return files >= AUTO_WORKERS_MIN_FILES && cores >= AUTO_WORKERS_MIN_CORES ? Math.min(cores, files) : 0;
  return concurrency > 1 ? Math.min(concurrency, files) : 0;
}

/**
 * The built worker entry: beside this module in dist/, or dist/ of the package when this module runs
 * from its TypeScript source (tests). Undefined when there is none: files are then linted in-thread.
 */
export function workerEntry(): URL | undefined {
  for (const relative of ["./lint-worker.js", "../dist/lint-worker.js"]) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** Whether a value can be sent to a worker (a JS config may hold functions, which cannot). */
export function isCloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** A lint result from a worker: an outcome, a bug's message, or a worker that died. */
export type PoolAnswer = LintOutcome | { readonly internalError: string } | { readonly crashed: string };

/** Worker threads that lint files. */
export interface LintPool {
  /** Lints files on one worker, answering in their order. */
  lint(jobs: readonly LintJob[]): Promise<PoolAnswer[]>;
  close(): Promise<void>;
}

/** Files per task: enough to make the cost of a message small, few enough to share the work evenly. */
export function batchSize(files: number, threads: number): number {
  return Math.max(1, Math.min(16, Math.floor(files / (threads * 4))));
}

/** A pool of `threads` workers, or undefined when the worker entry is not built. */
export async function createLintPool(threads: number): Promise<LintPool | undefined> {
  const filename = workerEntry();
  if (filename === undefined) return undefined;
  // Loaded only for many files: a run on a few files does not pay for it at start-up.
  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: filename.href, minThreads: threads, maxThreads: threads, isolateWorkers: false });
  const runTask = (jobs: readonly LintJob[]) => pool.run(jobs) as Promise<PoolAnswer[]>;
  const crashed = (error: unknown): PoolAnswer => ({ crashed: (error as Error)?.message ?? String(error) });
  return {
    // When a worker dies, its files are tried again one per task: only the file that kills it fails.
    lint: (jobs) =>
      runTask(jobs).catch((error: unknown) =>
        jobs.length === 1 ? [crashed(error)] : Promise.all(jobs.map((job) => runTask([job]).then((a) => a[0]!, crashed))),
      ),
    close: () => pool.destroy(),
  };
}
