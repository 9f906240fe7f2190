// The lint worker: lints jobs posted by LintRunner, off the server's main thread.
import { parentPort } from "node:worker_threads";
import { runLintJob, type LintJob } from "./lint-job.js";

parentPort?.on("message", ({ id, job }: { id: number; job: LintJob }) => {
  try {
    parentPort?.postMessage({ id, result: runLintJob(job) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
});
