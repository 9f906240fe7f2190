// The lint worker: lints jobs posted by LintRunner, off the server's main thread. Asked to warm up
// (right after it starts), it lints a bundled sample a few times while it has nothing else to do;
// the first real job abandons the warm-up for good.
import { parentPort } from "node:worker_threads";
import { runLintJob, type LintJob } from "./lint-job.js";
import { stamp } from "./timings.js";
import { startWarmUp, type WarmUp } from "./warm-up.js";

let warmUp: WarmUp | undefined;
let working = false;

type Message = { id: number; job: LintJob } | { warmUp: number };

parentPort?.on("message", (message: Message) => {
  if ("warmUp" in message) {
    if (working || warmUp) return;
    warmUp = startWarmUp(message.warmUp);
    void warmUp.done.then((report) => parentPort?.postMessage({ warmedUp: report }));
    return;
  }
  working = true;
  warmUp?.stop();
  const { id, job } = message;
  try {
    const result = runLintJob(job);
    result.stages?.push(["worker posts", stamp()]);
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error)?.message ?? String(error) });
  }
});
