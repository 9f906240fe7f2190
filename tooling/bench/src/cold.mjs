// Cold start of the built CLI: figures, not assertions. Prints the median and minimum wall time of
// 10 runs (after one unmeasured run) of `node -e 0`, `reportlint --version` and reportlint on the
// five seed reports, each in a new process, as a user starting the command would see it; and the
// median CPU time of the process (user + system), steadier than wall time when the machine is busy.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const cli = fileURLToPath(new URL("../../../apps/cli/bin/reportlint.js", import.meta.url));
const cpuAtExit = fileURLToPath(new URL("cpu-at-exit.cjs", import.meta.url));
const seedsDir = fileURLToPath(new URL("../../fixtures/reports/seeds/", import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => `${seedsDir}${name}`);

const cases = [
  ["node -e 0", ["-e", "0"], [0]],
  ["reportlint --version", [cli, "--version"], [0]],
  [`reportlint on the ${seeds.length} seeds`, [cli, ...seeds], [0, 1]],
];

/** Wall time and the child's own CPU time of one run, in seconds. */
function timeRun(args, okCodes) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-r", cpuAtExit, ...args], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (!okCodes.includes(child.status)) {
    throw new Error(`node ${args.join(" ")} exited with ${child.status}: ${child.stderr}`);
  }
  return { wall, cpu: Number(String(child.output[3]).trim()) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rows = cases.map(([name, args, okCodes]) => {
  timeRun(args, okCodes);
  const runs = Array.from({ length: RUNS }, () => timeRun(args, okCodes));
  const walls = runs.map((r) => r.wall);
  return {
    command: name,
    "median s": median(walls).toFixed(3),
    "min s": Math.min(...walls).toFixed(3),
    "median CPU s": median(runs.map((r) => r.cpu)).toFixed(3),
  };
});
console.log(`Cold start, ${RUNS} runs each (${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}):`);
console.table(rows);
