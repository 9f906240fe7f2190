// pnpm bench:rules — what each rule adds to the lint of the 10,000-character composite report (the
// seeds one after another, as in bench.mjs): figures, not assertions. Times are CPU time of this
// process (process.cpuUsage: user + system), steadier than wall time on a busy machine. The text is
// parsed outside the timing, into a fresh report for every lint (rules cache analyses per report),
// and each case lints those reports: with no rule on (the engine alone), with each rule alone and with
// every rule on. A case's figure is its best round, and a rule's cost is that minus the no-rule case's.
// Rules that share a cached analysis (the number rules) each pay for it when alone: their costs overlap.
import { lint, resolveConfig } from "@reportlint/core";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { parse } from "@reportlint/parser";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const BATCH = Number(process.env.BENCH_BATCH ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 40);

const seeds = fixtureNames("seeds").map((name) => readFixture("seeds", name));
let composite = "";
for (let i = 0; composite.length < 10_000; i++) composite += seeds[i % seeds.length];
const text = composite.slice(0, 10_000);

const all = resolveConfig({ extends: "all" });
/** The resolved config with only `ids` on. */
const only = (ids) => ({ ...all, rules: Object.fromEntries(ids.map((id) => [id, all.rules[id]])) });
const ids = Object.keys(all.rules).sort();
const fresh = () => Array.from({ length: BATCH }, () => parse(text));
const cases = [
  { name: "parse", run: () => parse(text) },
  { name: "no rule (engine only)", config: only([]) },
  ...ids.map((id) => ({ name: id, config: only([id]), rule: true })),
  { name: "all rules", config: all },
];

/** CPU milliseconds per lint of a case, over BATCH fresh reports (parsed before the clock starts). */
function cpuPerLint(c) {
  const reports = c.config ? fresh() : [];
  const start = process.cpuUsage();
  if (c.config) for (const report of reports) lint(report, { config: c.config });
  else for (let i = 0; i < BATCH; i++) c.run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / BATCH;
}

// The lowest round, not the median: other processes on the machine only ever add time (a shared core's
// caches, interrupts), so the least disturbed round is the closest to the code's own cost.
for (const c of cases) for (let i = 0; i < WARMUP / BATCH; i++) cpuPerLint(c);
const best = new Map(cases.map((c) => [c.name, Infinity]));
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) best.set(c.name, Math.min(best.get(c.name), cpuPerLint(c)));
}
const base = best.get("no rule (engine only)");
const findings = (config) => lint(text, { config }).diagnostics.length;
const rows = cases.map((c) => ({
  case: c.name,
  "CPU ms": best.get(c.name).toFixed(3),
  "added ms": c.rule ? (best.get(c.name) - base).toFixed(3) : "",
  findings: c.config ? findings(c.config) : "",
}));
const perRule = ids.map((id) => best.get(id) - base);
console.log(
  `Lint of the ${text.length.toLocaleString("en")}-character composite report (parsed beforehand), CPU time ` +
    `per lint in the best of ${ROUNDS} rounds of ${BATCH}:`,
);
console.table(rows);
console.log(
  `Rules: ${perRule.reduce((a, b) => a + b, 0).toFixed(3)} ms added one by one, ` +
    `${(best.get("all rules") - base).toFixed(3)} ms all together; parse + all rules: ` +
    `${(best.get("parse") + best.get("all rules")).toFixed(3)} ms.`,
);
