// Stage timestamps for `pnpm bench:lsp`: with REPORTLINT_LSP_TIMINGS=1 in its environment the
// server follows each publishDiagnostics with a `reportlint/timings` notification giving when each
// stage of that lint ended. Off by default; nothing is measured then.

/** Whether this process (and so its lint worker) records stage times. */
export const TIMINGS = process.env.REPORTLINT_LSP_TIMINGS === "1";

/**
 * Milliseconds on the system's monotonic clock, to the microsecond: the same clock in this thread,
 * the lint worker and a client on the same machine (performance.now() counts from each thread's own
 * start, and timeOrigin differs between processes by milliseconds).
 */
export function stamp(): number {
  return Number(process.hrtime.bigint() / 1000n) / 1000;
}

/** The method of the notification sent after each publication when timings are on. */
export const TIMINGS_METHOD = "reportlint/timings";

/** The notification: the document and version published, and stage end times (stamp()) by name, in order. */
export interface TimingsParams {
  readonly uri: string;
  readonly version: number;
  readonly stages: readonly (readonly [string, number])[];
  /** The CPU time of the server process (all its threads) while the lint ran, in ms. */
  readonly lintCpuMs?: number;
}
