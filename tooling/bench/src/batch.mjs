// Benchmark of many files (issue 14): figures, not assertions. Makes 1,000 report files from the
// bundled reports in a temporary folder, runs the built CLI on them in the main thread and on all
// cores, and prints wall time, files per second, CPU time and peak memory (the child's maxRSS,
// worker threads included) for each, and the speed-up.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const FILES = Number(process.env.BENCH_FILES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const cli = fileURLToPath(new URL("../../../apps/cli/bin/reportlint.js", import.meta.url));
const reports = fileURLToPath(new URL("../../fixtures/reports/", import.meta.url));

const sources = ["seeds", "corpus", "numbers"].flatMap((set) =>
  readdirSync(join(reports, set))
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(reports, set, name)),
);
const work = mkdtempSync(join(tmpdir(), "reportlint-bench-batch-"));
const input = join(work, "reports");
mkdirSync(input);
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const source = sources[i % sources.length];
  const target = join(input, `${String(i).padStart(4, "0")}-${source.slice(source.lastIndexOf("/") + 1)}`);
  copyFileSync(source, target);
  bytes += readFileSync(target).length;
}
// Loaded into the CLI's process: at exit it writes the process's peak memory and CPU time.
const hook = join(work, "usage-hook.mjs");
writeFileSync(
  hook,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`,
);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(concurrency) {
  const walls = [];
  const usages = [];
  for (let i = 0; i < RUNS; i++) {
    const usageFile = join(work, `usage-${concurrency}-${i}.json`);
    const start = process.hrtime.bigint();
    const child = spawnSync(
      process.execPath,
      ["--import", hook, cli, "--concurrency", concurrency, "--today", "2026-01-15", "--format", "json", "-o", join(work, "out.json"), input],
      { env: { ...process.env, BENCH_USAGE_FILE: usageFile, CI: "1" }, encoding: "utf8" },
    );
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (child.status === 2 || child.status === null) {
      console.error(child.stderr);
      throw new Error(`reportlint exited with ${child.status ?? child.signal}`);
    }
    usages.push(JSON.parse(readFileSync(usageFile, "utf8")));
  }
  const wallMs = median(walls);
  return {
    concurrency,
    "wall s (median)": (wallMs / 1000).toFixed(2),
    "files/s": Math.round(FILES / (wallMs / 1000)),
    "CPU s": (median(usages.map((u) => u.cpuMs)) / 1000).toFixed(2),
    "peak MB": Math.round(Math.max(...usages.map((u) => u.maxRssKb)) / 1024),
    wallMs,
  };
}

/**
 * How many cores the machine gives right now: the work of two threads spinning together for a
 * second over that of one alone (a busy machine gives far less than availableParallelism()).
 */
async function coresNow() {
  const spin = `const { parentPort } = require("node:worker_threads"); const t = Date.now(); let n = 0; while (Date.now() - t < 1000) n++; parentPort.postMessage(n);`;
  const run = (threads) =>
    Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(spin, { eval: true }).once("message", resolve))));
  const [alone] = await run(1);
  const together = await run(2);
  return (together[0] + together[1]) / alone;
}

try {
  console.log(`cores available now: ${(await coresNow()).toFixed(2)} of ${availableParallelism()} (two spinning threads' work over one's; speed-up can be no more)`);
  console.log(`${FILES} report files (${(bytes / 1024 / 1024).toFixed(1)} MB) made from ${sources.length} bundled reports; ${availableParallelism()} cores; median of ${RUNS} runs each:`);
  const single = measure("off");
  // One worker per core, asked for explicitly: auto picks the main thread on 2 cores.
  const all = measure(String(availableParallelism()));
  const auto = measure("auto");
  console.table([single, all, auto].map(({ wallMs: _, ...row }) => row));
  const speedUp = single.wallMs / all.wallMs;
  console.log(`speed-up with workers: ${speedUp.toFixed(2)}× (target on 2 cores: ≥ 1.6×)`);
  console.log(`all workers: ${(all.wallMs / 1000).toFixed(2)} s, ${all["peak MB"]} MB; auto (the default): ${(auto.wallMs / 1000).toFixed(2)} s (targets: under 2 s and 300 MB)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
