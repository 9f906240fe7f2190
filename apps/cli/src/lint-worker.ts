import { basename } from "node:path";
import { rules as builtinRules } from "@reportlint/rules";
import { lintFile, type LintJob, type LintOutcome } from "./lint-file.js";

async function lintOne(job: LintJob): Promise<LintOutcome | { internalError: string }> {
  // Lets the tests kill a worker the way a crash does (running out of memory): an error outside the task.
  if (process.env.REPORTLINT_TEST_WORKER_CRASH_ON !== undefined && basename(job.filePath) === process.env.REPORTLINT_TEST_WORKER_CRASH_ON) {
    setTimeout(() => {
      throw new Error("simulated crash");
    });
    await new Promise(() => undefined);
  }
  try {
    return await lintFile(job, builtinRules);
  } catch (error) {
    return { internalError: (error as Error)?.message ?? String(error) };
  }
}

/**
 * The worker-thread entry of the pool (tinypool): lints a few files with the built-in rules, one
 * after another (a task per file would cost more in messages than small reports take to lint). A
 * bug while linting comes back as an answer, so that only a dead worker rejects the task.
 */
export default async function lintInWorker(jobs: readonly LintJob[]): Promise<(LintOutcome | { internalError: string })[]> {
  const answers = [];
  for (const job of jobs) answers.push(await lintOne(job));
  return answers;
}
