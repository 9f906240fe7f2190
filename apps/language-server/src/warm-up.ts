import { resolveConfig } from "@reportlint/core";
import { runLintJob } from "./lint-job.js";
import { WARM_UP_SAMPLE } from "./warm-up-sample.js";

/** How many times the sample is linted: about what V8 needs to optimise the linter's hot paths. */
export const WARM_UP_ROUNDS = 25;

/** A warm-up under way: stop() abandons it before its next lint; `done` gives the lints run. */
export interface WarmUp {
  stop(): void;
  readonly done: Promise<WarmUpReport>;
}

export interface WarmUpReport {
  /** Lints of the sample that were started. */
  readonly rounds: number;
  /** True when stop() (real work) ended it before all rounds ran. */
  readonly stopped: boolean;
}

let sampleConfig: ReturnType<typeof resolveConfig> | undefined;

/** Lints the bundled sample once with the default config; the findings are thrown away. */
export function lintWarmUpSample(): void {
  sampleConfig ??= resolveConfig([]);
  runLintJob({ text: WARM_UP_SAMPLE, markdown: false, config: sampleConfig, today: "2026-01-20" });
}

/**
 * Lints the sample `rounds` times, one lint per turn of the event loop, so that a real job that
 * arrives meanwhile waits at most for the lint in progress (a few milliseconds): the caller calls
 * stop() when it does, and no further round runs. Nothing is ever published or returned but the
 * count; a failing lint ends the warm-up quietly.
 */
export function startWarmUp(rounds = WARM_UP_ROUNDS, lintOnce: () => void = lintWarmUpSample): WarmUp {
  let round = 0;
  let finished = false;
  let settle!: (report: WarmUpReport) => void;
  const done = new Promise<WarmUpReport>((resolve) => (settle = resolve));
  const finish = (stopped: boolean) => {
    if (finished) return;
    finished = true;
    settle({ rounds: round, stopped });
  };
  const step = () => {
    if (finished) return;
    if (round >= rounds) return finish(false);
    round++;
    try {
      lintOnce();
    } catch {
      return finish(false);
    }
    setImmediate(step);
  };
  setImmediate(step);
  return { stop: () => finish(true), done };
}
