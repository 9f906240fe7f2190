#!/usr/bin/env node
// @ts-check
// pnpm eval [--seed N] [--family NAME]… [--set NAME]… [--variants N] [--verbose] [--json PATH]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, SETS, runEval } from "./harness.mjs";
import { FAMILIES } from "./plant.mjs";
import { formatReport, toJson } from "./report.mjs";

const usage = `Usage: pnpm eval [options]

Plants one number defect at a time at hand-checked places in the bundled texts, lints each planted
text with the four number rules, and prints recall per defect family.

Options:
  --seed N        seed of the plant choice (default ${DEFAULT_SEED})
  --family NAME   only this family (repeatable): ${FAMILIES.join(", ")}
  --set NAME      only this annotated set (repeatable): ${SETS.join(", ")}
  --variants N    plants per relation and family (default 2)
  --verbose       list every miss with the findings near it, false findings and precision details
  --json PATH     also write the full results as JSON
  --help          this text`;

/** @param {string} message */
function fail(message) {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      seed: { type: "string" },
      family: { type: "string", multiple: true },
      set: { type: "string", multiple: true },
      variants: { type: "string" },
      verbose: { type: "boolean", default: false },
      json: { type: "string" },
      help: { type: "boolean", default: false },
    },
  }).values;
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
if (!args) process.exit(2);
if (args.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const seed = args.seed === undefined ? DEFAULT_SEED : Number(args.seed);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed must be a whole number, got "${args.seed}"`);
const variants = args.variants === undefined ? 2 : Number(args.variants);
if (!Number.isInteger(variants) || variants < 1) fail(`--variants must be at least 1, got "${args.variants}"`);
for (const f of args.family ?? []) if (!FAMILIES.includes(/** @type {any} */ (f))) fail(`unknown family "${f}"`);
for (const s of args.set ?? []) if (!SETS.includes(s)) fail(`unknown set "${s}"`);

const result = runEval({
  seed,
  variants,
  families: /** @type {any} */ (args.family?.length ? args.family : FAMILIES),
  sets: args.set?.length ? args.set : SETS,
});
process.stdout.write(`${formatReport(result, { verbose: args.verbose })}\n`);
if (args.json) {
  writeFileSync(args.json, `${toJson(result)}\n`);
  process.stdout.write(`Results written to ${args.json}\n`);
}
