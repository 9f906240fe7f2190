import { createMaskedLinter, fixUntilStable, type ResolvedConfig } from "@reportlint/core";
import { maskMarkdown } from "@reportlint/readers";
import type { Diagnostic } from "@reportlint/report-model";
import { stamp } from "./timings.js";

/** What to lint: plain data, so it can cross to the lint worker. */
export interface LintJob {
  readonly text: string;
  readonly markdown: boolean;
  readonly config: ResolvedConfig;
  /** YYYY-MM-DD, for rules about 今年 and deadlines. */
  readonly today: string;
  /** Also compute the text with every safe fix applied. */
  readonly fixAll?: boolean;
  /** Record stage times (bench:lsp; see timings.ts). */
  readonly timings?: boolean;
}

/** The findings of a job, and the fixed text when asked for. */
export interface LintJobResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly fixed?: string;
  /** When the job asked for timings: stage end times (stamp()) in the thread that linted. */
  readonly stages?: [string, number][];
  /** With the stages: the CPU time of this process while the job linted (ms, every thread). */
  readonly lintCpuMs?: number;
}

function restoreNullPrototype(config: ResolvedConfig): ResolvedConfig {
  // A structured clone gives plain objects; profile ids are looked up by key, so keep them own-only.
  return { ...config, profiles: Object.assign(Object.create(null) as ResolvedConfig["profiles"], config.profiles) };
}

/**
 * Lints one document (Markdown with its syntax masked, as the CLI does: findings on nothing but
 * syntax are dropped and fixes never touch it).
 */
export function runLintJob(job: LintJob): LintJobResult {
  const stages: [string, number][] | undefined = job.timings ? [["lint start", stamp()]] : undefined;
  const cpu = job.timings ? process.cpuUsage() : undefined;
  const linter = createMaskedLinter(job.markdown ? maskMarkdown : undefined, { config: restoreNullPrototype(job.config), today: job.today });
  const forText = (diagnostics: readonly Diagnostic[]) => diagnostics.filter(linter.aboutUnmasked).map(linter.withUnmaskedFixes);
  const first = linter.lintText(job.text);
  const diagnostics = forText(first.diagnostics);
  if (!job.fixAll) {
    if (!stages) return { diagnostics };
    stages.push(["linted", stamp()]);
    const used = process.cpuUsage(cpu);
    return { diagnostics, stages, lintCpuMs: (used.user + used.system) / 1000 };
  }
  const fixed = fixUntilStable(job.text, linter.lintText, (r) => forText(r.diagnostics), "safe", first);
  return { diagnostics, fixed: fixed.output };
}
