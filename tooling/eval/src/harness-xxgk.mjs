// @ts-check
// The 政府信息公开 half of the harness: plants one defect at a time into the 政府信息公开 texts — the
// synthetic report in its text layouts and the two whole real reports of the corpus — lints each
// planted text in-process and counts a plant found when the family's rule gives a finding the
// unplanted text did not have. Then it lists every finding of the family rules on the unplanted texts.
//
// To add a family: a planter in XXGK_PLANTERS (text → sites), its rule in XXGK_EXPECTED, its name
// in XXGK_FAMILIES.
import { performance } from "node:perf_hooks";
import { readFixture } from "@reportlint/fixtures";
import { lint, resolveConfig } from "@reportlint/core";
import { parse, xxgkTables } from "@reportlint/parser";
import { rules } from "@reportlint/rules";
import { hash32, mulberry32 } from "./prng.mjs";

export const XXGK_FAMILIES = /** @type {const} */ (["table-cell", "prose-number"]);
/** @typedef {(typeof XXGK_FAMILIES)[number]} XxgkFamily */

/** The rule each family's plant must be found by. */
export const XXGK_EXPECTED = /** @type {Record<XxgkFamily, string>} */ ({
  "table-cell": "xxgk-table-identities",
  "prose-number": "xxgk-prose-vs-table",
});

/** The texts planted in: the synthetic report's text layouts and the two whole real reports. */
export const XXGK_TEXTS = /** @type {const} */ ([
  ["xxgk-synthetic", "pipe-rows.txt"],
  ["xxgk-synthetic", "cell-per-line.txt"],
  ["corpus", "xxgk-shanghai-govoffice-2025.txt"],
  ["corpus", "xxgk-shanghai-stcsm-2024.txt"],
]);

/** @typedef {{ start: number, end: number, by: string, detail: string }} XxgkSite */
/** @typedef {{ id: string, family: XxgkFamily, file: string, text: string, span: [number, number], detail: string }} XxgkPlant */

/** Tables whose every cell takes part in an identity of the template. */
const CHECKED_TABLES = new Set(["applications", "review-litigation"]);

/**
 * One placed cell of a checked table changed: ±1..±5 (never below 0) or two different digits
 * swapped. Several changes per cell are offered; the sample picks among cells first.
 * @param {string} text @param {() => number} random
 * @returns {XxgkSite[]}
 */
function tableCellSites(text, random) {
  /** @type {XxgkSite[]} */
  const sites = [];
  for (const cell of xxgkTables(parse(text)).cells) {
    if (!CHECKED_TABLES.has(cell.table) || !/^\d+$/u.test(cell.value)) continue;
    const value = Number(cell.value);
    const where = `${cell.table}/${cell.row}/${cell.column}`;
    const digits = cell.value;
    const swappable = digits.length >= 2 && digits[0] !== digits[1];
    if (swappable && random() < 0.3) {
      const by = `${digits[1]}${digits[0]}${digits.slice(2)}`;
      // A leading zero would not be read as the same kind of number.
      if (by[0] !== "0") {
        sites.push({ start: cell.span[0], end: cell.span[1], by, detail: `${where}: ${digits} → ${by}` });
        continue;
      }
    }
    const step = 1 + Math.floor(random() * 5);
    const next = value - step >= 0 && random() < 0.5 ? value - step : value + step;
    sites.push({ start: cell.span[0], end: cell.span[1], by: String(next), detail: `${where}: ${digits} → ${next}` });
  }
  return sites;
}

/**
 * The prose counts each text repeats from its tables, annotated by hand (each checked against the
 * table): the words before the count, the count and its measure word, as printed (line breaks of a
 * hard-wrapped paragraph included).
 */
const PROSE_COUNTS = /** @type {Record<string, readonly string[]>} */ ({
  "pipe-rows.txt": ["办理政府信息公开申请152件"],
  "cell-per-line.txt": ["办理政府信息公开申请152件"],
  "xxgk-shanghai-govoffice-2025.txt": [
    "共受理政府信息公开申请 1295 件",
    "办结 1191 件",
    "上年结转 189 件",
    "分公开 208 件",
    "不予公开 20 件",
    "无法提供 564 件",
    "不予处理 80 件",
    "其他处理 319 件",
  ],
  "xxgk-shanghai-stcsm-2024.txt": [
    "全年收到政府信息公开申请 34 件",
    "申请 2 件",
    "同意公开答复 9 件",
    "部分公开答复 0 件",
    "无法提供的 10 件",
    "不予处理 0 件",
    "其他处理 14 件",
  ],
});

/**
 * One prose count the table repeats changed by ±1..±5 (never below 0); three changes per count are
 * offered, the sample picks among them.
 * @param {string} file @returns {(text: string, random: () => number) => XxgkSite[]}
 */
const proseNumberSites = (file) => (text, random) => {
  /** @type {XxgkSite[]} */
  const sites = [];
  for (const words of PROSE_COUNTS[file.split("/").at(-1) ?? ""] ?? []) {
    const at = text.indexOf(words);
    if (at < 0) throw new Error(`prose-number: "${words}" is not in ${file}`);
    const m = /(\d+)\s*件$/u.exec(words);
    if (!m) continue;
    const start = at + m.index;
    const value = Number(m[1]);
    for (let k = 0; k < 3; k++) {
      const step = 1 + Math.floor(random() * 5);
      const next = value - step >= 0 && random() < 0.5 ? value - step : value + step;
      sites.push({ start, end: start + (m[1] ?? "").length, by: String(next), detail: `「${words}」: ${value} → ${next}` });
    }
  }
  return sites;
};

/** How each family finds its places. */
export const XXGK_PLANTERS = /** @type {Record<XxgkFamily, (text: string, random: () => number, file: string) => XxgkSite[]>} */ ({
  "table-cell": tableCellSites,
  "prose-number": (text, random, file) => proseNumberSites(file)(text, random),
});

/**
 * The plants of one family for one text: up to `count`, at distinct places chosen by the seeded generator.
 * @param {XxgkFamily} family @param {string} file @param {string} text @param {number} seed @param {number} count
 * @returns {XxgkPlant[]}
 */
export function xxgkPlants(family, file, text, seed, count) {
  const random = mulberry32(seed ^ hash32(`${family}:${file}`));
  const sites = XXGK_PLANTERS[family](text, random, file);
  /** @type {XxgkPlant[]} */
  const plants = [];
  while (plants.length < count && sites.length > 0) {
    const [site] = sites.splice(Math.floor(random() * sites.length), 1);
    if (!site) break;
    const planted = text.slice(0, site.start) + site.by + text.slice(site.end);
    plants.push({ id: `${file}#${plants.length + 1}`, family, file, text: planted, span: [site.start, site.start + site.by.length], detail: site.detail });
  }
  return plants;
}

/** Lint settings: the family rules at their default severity, every other rule off. */
function xxgkConfig() {
  const own = new Set(Object.values(XXGK_EXPECTED));
  const off = Object.fromEntries(Object.keys(rules).filter((id) => !own.has(id)).map((id) => [id, /** @type {const} */ ("off")]));
  return resolveConfig({ rules: off });
}

/** @param {{ ruleId: string, messageId: string, message: string }} d */
const keyOf = (d) => `${d.ruleId}|${d.messageId}|${d.message}`;

/**
 * @param {{ seed: number, variants: number, families: readonly XxgkFamily[] }} options
 * `variants`: ten plants per text and family for each.
 */
export function runXxgkEval({ seed, variants, families }) {
  const started = performance.now();
  const config = xxgkConfig();
  const run = (/** @type {string} */ text) => lint(text, { config, today: "2026-12-01" }).diagnostics;
  /** @type {Record<string, { planted: number, foundAny: number, foundErrors: number }>} */
  const stats = Object.fromEntries(families.map((f) => [f, { planted: 0, foundAny: 0, foundErrors: 0 }]));
  /** @type {{ plant: XxgkPlant }[]} */
  const misses = [];
  /** @type {{ file: string, rule: string, severity: string, line: number, text: string }[]} */
  const unplanted = [];
  let lintRuns = 0;
  for (const [set, name] of XXGK_TEXTS) {
    const file = `${set}/${name}`;
    const text = readFixture(set, name);
    const before = run(text);
    lintRuns++;
    for (const d of before) unplanted.push({ file, rule: d.ruleId, severity: d.severity, line: d.range.start.line, text: text.slice(...d.span) });
    for (const family of families) {
      const rule = XXGK_EXPECTED[family];
      const known = new Set(before.filter((d) => d.ruleId === rule).map(keyOf));
      for (const plant of xxgkPlants(family, file, text, seed, variants * 10)) {
        const found = run(plant.text).filter((d) => d.ruleId === rule && d.severity !== "info" && !known.has(keyOf(d)));
        lintRuns++;
        const s = /** @type {{ planted: number, foundAny: number, foundErrors: number }} */ (stats[family]);
        s.planted++;
        if (found.length > 0) s.foundAny++;
        if (found.some((d) => d.severity === "error")) s.foundErrors++;
        if (found.length === 0) misses.push({ plant });
      }
    }
  }
  return { families, stats, misses, unplanted, lintRuns, ms: performance.now() - started };
}

/** @param {ReturnType<typeof runXxgkEval>} result @param {{ verbose?: boolean }} [options] */
export function formatXxgkReport(result, options = {}) {
  const pct = (/** @type {number} */ n, /** @type {number} */ d) => (d === 0 ? "   —  " : `${((100 * n) / d).toFixed(1)}%`.padStart(6));
  const lines = [
    "政府信息公开 families (a defect planted in the synthetic report's text layouts and the two whole real reports; found = a new finding of the family's rule)",
    "",
    "family          rule                     planted   found any   found errors",
  ];
  for (const f of result.families) {
    const s = result.stats[f] ?? { planted: 0, foundAny: 0, foundErrors: 0 };
    lines.push(`${f.padEnd(16)}${XXGK_EXPECTED[f].padEnd(25)}${String(s.planted).padStart(7)}   ${String(s.foundAny).padStart(4)} ${pct(s.foundAny, s.planted)}   ${String(s.foundErrors).padStart(4)} ${pct(s.foundErrors, s.planted)}`);
  }
  lines.push("", `Findings of the 政府信息公开 rules on the unplanted texts (each should be a real defect or a real unplaceable number): ${result.unplanted.length}`);
  for (const e of result.unplanted) lines.push(`  ${e.file}:${e.line} ${e.rule} ${e.severity} 「${e.text}」`);
  if (options.verbose && result.misses.length > 0) {
    lines.push("", "Misses:");
    for (const m of result.misses) lines.push(`- [${m.plant.family}] ${m.plant.file} ${m.plant.detail}`);
  }
  lines.push("", `${result.lintRuns} lint runs in ${(result.ms / 1000).toFixed(2)} s.`);
  return lines.join("\n");
}
