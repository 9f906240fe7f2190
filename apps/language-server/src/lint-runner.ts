import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { runLintJob, type LintJob, type LintJobResult } from "./lint-job.js";
import { startWarmUp, WARM_UP_ROUNDS, type WarmUp, type WarmUpReport } from "./warm-up.js";

/** A job that a newer job for the same document replaced before it ran. */
export class Superseded extends Error {
  override name = "Superseded";
}

interface Pending {
  readonly key: string;
  readonly job: LintJob;
  resolve(result: LintJobResult): void;
  reject(error: Error): void;
}

/**
 * Runs lint jobs one at a time on a worker thread, so the server keeps answering while a long
 * document is linted. Jobs are queued by key (a document's URI): a job waiting behind another is
 * replaced by a newer one with the same key, so only the latest text of a document is ever linted
 * after the one in flight. Without the built worker file (running from sources in tests), jobs run
 * in this thread. warmUp() starts the worker at once and has it lint a bundled sample while idle;
 * the first job abandons the warm-up.
 */
export class LintRunner {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private running: (Pending & { id: number }) | undefined;
  private nextId = 1;
  private warming: { report: Promise<WarmUpReport>; inThread?: WarmUp; resolve?: (r: WarmUpReport) => void } | undefined;
  private jobsSeen = false;

  constructor(private readonly workerUrl: URL | undefined = defaultWorkerUrl()) {}

  /** Lints `job`; rejects with Superseded when a newer job for `key` replaced it while it waited. */
  run(key: string, job: LintJob): Promise<LintJobResult> {
    this.jobsSeen = true;
    // In the worker, the job itself stops the warm-up (it is queued behind at most one sample lint).
    this.warming?.inThread?.stop();
    return new Promise((resolve, reject) => {
      const waiting = this.queue.findIndex((p) => p.key === key);
      if (waiting !== -1) this.queue.splice(waiting, 1)[0]!.reject(new Superseded());
      this.queue.push({ key, job, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts the worker now (not at the first job) and has it lint a bundled sample up to `rounds`
   * times while no job has come, so the first real lints run on optimised code. Never publishes or
   * returns findings; resolves with how many sample lints ran and whether a job stopped it. Does
   * nothing once a job has been run.
   */
  warmUp(rounds = WARM_UP_ROUNDS): Promise<WarmUpReport> {
    if (this.warming) return this.warming.report;
    if (this.jobsSeen) return Promise.resolve({ rounds: 0, stopped: true });
    if (this.workerUrl === undefined) {
      const inThread = startWarmUp(rounds);
      this.warming = { report: inThread.done, inThread };
      return inThread.done;
    }
    let resolve!: (r: WarmUpReport) => void;
    const report = new Promise<WarmUpReport>((r) => (resolve = r));
    this.warming = { report, resolve };
    this.ensureWorker().postMessage({ warmUp: rounds });
    return report;
  }

  /** Stops the worker; queued jobs are rejected. */
  async close(): Promise<void> {
    this.warming?.inThread?.stop();
    this.warming?.resolve?.({ rounds: 0, stopped: true });
    for (const p of this.queue.splice(0)) p.reject(new Superseded());
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running !== undefined) return;
    const next = this.queue.shift();
    if (next === undefined) return;
    if (this.workerUrl === undefined) {
      // In-thread: still asynchronous, so a burst of changes is coalesced the same way.
      this.running = { ...next, id: 0 };
      setImmediate(() => {
        try {
          next.resolve(runLintJob(next.job));
        } catch (error) {
          next.reject(error as Error);
        }
        this.running = undefined;
        this.pump();
      });
      return;
    }
    const id = this.nextId++;
    this.running = { ...next, id };
    this.ensureWorker().postMessage({ id, job: next.job });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl!);
    worker.unref();
    worker.on("message", (message: { id: number; result?: LintJobResult; error?: string; warmedUp?: WarmUpReport }) => {
      if (message.warmedUp !== undefined) {
        this.warming?.resolve?.(message.warmedUp);
        return;
      }
      const done = this.running;
      if (done === undefined || done.id !== message.id) return;
      this.running = undefined;
      if (message.error !== undefined) done.reject(new Error(message.error));
      else done.resolve(message.result!);
      this.pump();
    });
    // A crashed worker fails its job (the document shows no new findings) and is started again.
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (this.worker === worker) this.worker = undefined;
      this.warming?.resolve?.({ rounds: 0, stopped: true });
      if (code !== 0) this.fail(new Error(`the lint worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    const done = this.running;
    this.running = undefined;
    done?.reject(error);
    this.pump();
  }
}

function defaultWorkerUrl(): URL | undefined {
  const url = new URL("./lint-worker.js", import.meta.url);
  return url.protocol === "file:" && existsSync(fileURLToPath(url)) ? url : undefined;
}
