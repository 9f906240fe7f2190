// Benchmark: figures, not assertions. Prints, per bundled report, the median warm time of parse and
// of parse+lint (in-process), characters per second, and the cold-process wall time of the CLI.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { lint, resolveConfig } from "@reportlint/core";
import { fixtureNames, fixturePath, readFixture } from "@reportlint/fixtures";
import { parse } from "@reportlint/parser";

const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 10);
const cli = fileURLToPath(new URL("../../../apps/cli/bin/reportlint.js", import.meta.url));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);

/**
 * Median time of `runs` calls after unmeasured ones: at least `warmup` calls and `warmupMs` of them.
 * "Warm" means V8 has optimised the code: on 2 cores that takes a second or two of calls, not a count.
 */
function time(fn, warmup = WARMUP, runs = RUNS, warmupMs = WARMUP_MS) {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const config = resolveConfig({ extends: "all" });
const seeds = fixtureNames("seeds").map((name) => ({ name, text: readFixture("seeds", name) }));
// A 10,000-character report made of real report text, for the speed target.
let composite = "";
for (let i = 0; composite.length < 10_000; i++) composite += seeds[i % seeds.length].text;
// Flat, as a text read from a file is (a slice of the concatenation would be a V8 sliced string).
const flat = (text) => Buffer.from(text, "utf16le").toString("utf16le");
const cases = [...seeds, { name: "composite (10,000 chars)", text: flat(composite.slice(0, 10_000)) }];

const rows = cases.map(({ name, text }) => {
  const parseMs = time(() => parse(text));
  const lintMs = time(() => lint(text, { config }));
  return {
    report: name,
    chars: text.length,
    "parse ms": parseMs.toFixed(3),
    "parse+lint ms": lintMs.toFixed(3),
    "chars/s (parse+lint)": Math.round(text.length / (lintMs / 1000)).toLocaleString("en"),
  };
});
console.log(`In-process, median of ${RUNS} warm runs after at least ${WARMUP} warm-up runs and ${WARMUP_MS / 1000} s, all rules on:`);
console.table(rows);

// Flattened statistics tables print counts and rates in one endless sentence: the number rules
// must stay near-linear on them (issue 11: 受理15件，办结14件，办结率99%， × 220 took 56 s once).
const runOf = (n) => "受理15件，办结14件，办结率99%，".repeat(n);
const shapes = [220, 550, 2200].map((n) => {
  const text = runOf(n);
  const ms = time(() => lint(text, { config }));
  return { shape: `counts and rates without 。 × ${n}`, chars: text.length, "parse+lint ms": ms.toFixed(2), "µs per char": ((ms * 1000) / text.length).toFixed(2) };
});
console.log("Worst shapes for the number rules (median warm parse+lint, all rules on):");
console.table(shapes);

// Adversarial shapes for the parser's list finders: doubling the input should about double the time.
const adversarial = [
  ["100,000 、", (n) => "、".repeat(n)],
  ["a count before a huge list", (n) => `共3家，分别为${"甲、".repeat(n / 2)}乙。`],
  ["many list-first counts in one sentence", (n) => "甲、乙等3个小区、".repeat(n / 10)],
  ["many counts with 和", (n) => "共3家，分别是甲和乙和丙，".repeat(n / 14)],
];
const FEW = 5;
const timeFew = (fn) => time(fn, 1, FEW, 0);
const adversarialRows = adversarial.map(([shape, make]) => {
  const [small, large] = [make(50_000), make(100_000)].map((text) => timeFew(() => parse(text)));
  return { shape, "parse ms (50k chars)": small.toFixed(1), "parse ms (100k chars)": large.toFixed(1), "100k / 50k": (large / small).toFixed(2) };
});
console.log(`Parser on adversarial input (median of ${FEW} runs):`);
console.table(adversarialRows);

const file = fixturePath("seeds", seeds[0].name);
const walls = [];
for (let i = 0; i < CLI_RUNS; i++) {
  const start = performance.now();
  try {
    execFileSync(process.execPath, [cli, "--format", "json", file], { stdio: "ignore" });
  } catch {
    // Exit code 1 means the report has errors: expected.
  }
  walls.push(performance.now() - start);
}
console.log(
  `CLI cold process, one file (${seeds[0].name}): median ${median(walls).toFixed(0)} ms wall ` +
    `(min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}, ${CLI_RUNS} runs)`,
);
