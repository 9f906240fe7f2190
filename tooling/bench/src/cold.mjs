// Cold start of the built CLI: figures, not assertions. Prints the median and minimum wall time of
// 10 runs (after one unmeasured run) of `node -e 0`, `reportlint --version` and reportlint on the
// five seed reports, each in a new process, as a user starting the command would see it.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const cli = fileURLToPath(new URL("../../../apps/cli/bin/reportlint.js", import.meta.url));
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

function wallMs(args, okCodes) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okCodes.includes(child.status)) {
    throw new Error(`node ${args.join(" ")} exited with ${child.status}: ${child.stderr}`);
  }
  return ms;
}

const rows = cases.map(([name, args, okCodes]) => {
  wallMs(args, okCodes);
  const samples = Array.from({ length: RUNS }, () => wallMs(args, okCodes)).sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return { command: name, "median s": (median / 1000).toFixed(3), "min s": (samples[0] / 1000).toFixed(3) };
});
console.log(`Cold start, ${RUNS} runs each (${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)}):`);
console.table(rows);
