#!/usr/bin/env node
// @ts-check
// pnpm eval [--seed N] [--group numbers|structure|hygiene|xxgk] [--family NAME]… [--set NAME]… [--variants N] [--verbose] [--json PATH]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, SETS, runEval } from "./harness.mjs";
import { runStructureEval } from "./harness-structure.mjs";
import { HYGIENE_FAMILIES, formatHygieneReport, runHygieneEval } from "./harness-hygiene.mjs";
import { XXGK_FAMILIES, formatXxgkReport, runXxgkEval } from "./harness-xxgk.mjs";
import { FAMILIES } from "./plant.mjs";
import { STRUCTURE_FAMILIES } from "./plant-structure.mjs";
import { formatReport, formatStructureReport, toJson } from "./report.mjs";

const GROUPS = ["numbers", "structure", "hygiene", "xxgk"];
const usage = `Usage: pnpm eval [options]

Plants one defect at a time at hand-checked places in the bundled texts, lints each planted text,
and prints recall per defect family: the number families (number rules) and the structure/time
families (required-sections, heading-sequence, heading-style, enumeration-sequence, report-title,
duplicate-text, report-year, stale-year, invalid-date) and the text hygiene families (common-typos,
placeholder-text, traditional-chars, official-names, web-boilerplate) and the 政府信息公开 families
(xxgk-table-identities, xxgk-prose-vs-table), then the precision on the unplanted texts.

Options:
  --seed N        seed of the plant choice (default ${DEFAULT_SEED})
  --group NAME    only this group of families (repeatable): ${GROUPS.join(", ")}
  --family NAME   only this family (repeatable):
                    numbers: ${FAMILIES.join(", ")}
                    structure: ${STRUCTURE_FAMILIES.join(", ")}
                    hygiene: ${HYGIENE_FAMILIES.join(", ")}
                    xxgk: ${XXGK_FAMILIES.join(", ")}
  --set NAME      only this annotated set (repeatable): ${SETS.join(", ")}
  --variants N    plants per annotated place and family (default 2)
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
      group: { type: "string", multiple: true },
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
for (const g of args.group ?? []) if (!GROUPS.includes(g)) fail(`unknown group "${g}"`);
const numberFamilies = (args.family ?? []).filter((f) => FAMILIES.includes(/** @type {any} */ (f)));
const structureFamilies = (args.family ?? []).filter((f) => STRUCTURE_FAMILIES.includes(/** @type {any} */ (f)));
const hygieneFamilies = (args.family ?? []).filter((f) => HYGIENE_FAMILIES.includes(/** @type {any} */ (f)));
const xxgkFamilies = (args.family ?? []).filter((f) => XXGK_FAMILIES.includes(/** @type {any} */ (f)));
for (const f of args.family ?? []) if (![...numberFamilies, ...structureFamilies, ...hygieneFamilies, ...xxgkFamilies].includes(f)) fail(`unknown family "${f}"`);
for (const s of args.set ?? []) if (!SETS.includes(s)) fail(`unknown set "${s}"`);

// Groups: as asked; else the groups of the families asked for; else both.
const groups = args.group?.length
  ? args.group
  : args.family?.length
    ? GROUPS.filter((g) => ({ numbers: numberFamilies, structure: structureFamilies, hygiene: hygieneFamilies, xxgk: xxgkFamilies })[g]?.length)
    : GROUPS;
const sets = args.set?.length ? args.set : SETS;
/** @type {Record<string, unknown>} */
const json = {};
const parts = [];
const groupRuns = [
  { group: "numbers", chosen: numberFamilies, all: FAMILIES, run: runEval, format: formatReport },
  { group: "structure", chosen: structureFamilies, all: STRUCTURE_FAMILIES, run: runStructureEval, format: formatStructureReport },
  { group: "hygiene", chosen: hygieneFamilies, all: HYGIENE_FAMILIES, run: runHygieneEval, format: formatHygieneReport },
  { group: "xxgk", chosen: xxgkFamilies, all: XXGK_FAMILIES, run: runXxgkEval, format: formatXxgkReport },
];
for (const g of groupRuns) {
  if (!groups.includes(g.group)) continue;
  const families = /** @type {any} */ (g.chosen.length ? g.chosen : g.all);
  const result = g.run({ seed, variants, families, sets });
  parts.push(g.format(/** @type {any} */ (result), { verbose: args.verbose }));
  json[g.group] = result;
}
process.stdout.write(`${parts.join("\n\n")}\n`);
if (args.json) {
  writeFileSync(args.json, `${toJson(/** @type {any} */ (json))}\n`);
  process.stdout.write(`Results written to ${args.json}\n`);
}
