// @ts-check
// The text-hygiene half of the harness: plants one defect at a time into the bundled real texts —
// a typo from the data file where the text has the right word, a placeholder for a real place name,
// a traditional character, a near miss of an official name the text cites, a document-sharing
// site's slogan or blurb — at places the texts themselves offer (not where a rule already looks),
// lints each planted text in-process and counts a plant found when a new finding of the family's
// rule covers it. Then it lints the unplanted texts and lists every error of the hygiene rules.
import { performance } from "node:perf_hooks";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { lint, resolveConfig } from "@reportlint/core";
import { simplifiedOf } from "@reportlint/parser";
import { COMMON_TYPOS, OFFICIAL_NAMES } from "@reportlint/report-model";
import { rules } from "@reportlint/rules";
import { hash32, mulberry32 } from "./prng.mjs";

export const HYGIENE_FAMILIES = /** @type {const} */ (["typo", "placeholder", "traditional", "official-name", "slogan", "spacing", "punctuation", "invisible"]);
/** @typedef {(typeof HYGIENE_FAMILIES)[number]} HygieneFamily */

/** The rule each family's plant must be found by. */
export const HYGIENE_EXPECTED = /** @type {Record<HygieneFamily, string>} */ ({
  typo: "common-typos",
  placeholder: "placeholder-text",
  traditional: "traditional-chars",
  "official-name": "official-names",
  slogan: "web-boilerplate",
  spacing: "cjk-spacing",
  punctuation: "punctuation-width",
  invisible: "invisible-chars",
});
const HYGIENE_RULES = ["common-typos", "placeholder-text", "traditional-chars", "official-names", "document-number", "web-boilerplate", "cjk-spacing", "punctuation-width", "invisible-chars"];

// Common characters and their traditional forms; each pair is checked against the parser's table.
const TRADITIONAL = "发發 国國 会會 们們 这這 对對 进進 为為 动動 时時 员員 实實 现現 关關 经經 过過 还還 体體 务務 开開 问問 题題 机機 业業 规規 处處 点點 质質 制製 级級 办辦 区區 县縣 计計 划劃 设設 责責 导導 训訓 审審 查査 监監 执執 调調 解釋"
  .split(" ")
  .map((pair) => /** @type {[string, string]} */ ([pair[0], pair[1]]))
  .filter(([simplified, traditional]) => simplifiedOf(traditional) === simplified);

// What document-sharing sites glue to the end of a paragraph, or put on a line of their own.
const SLOGANS = ["。 豆丁文库 www.docwenku.com", "。 第一范文网 www.diyifanwen.net", "。 原创力文档 max.book118.com", "。 免费范文网 www.mianfeifanwen.cn"];
const BLURBS = ["下面是小编为大家整理的法治政府建设年度报告，供大家参考。", "以上就是本文的全部内容，希望对您有所帮助。", "本文由网友投稿收集整理，仅供参考。"];

/** @typedef {{ id: string, family: HygieneFamily, file: string, text: string, span: [number, number], detail: string }} HygienePlant */

/** @param {string} text @param {number} start @param {number} end @param {string} by */
function replaced(text, start, end, by) {
  return text.slice(0, start) + by + text.slice(end);
}

/** Every match of `re` in `text` as [index, match]. @param {string} text @param {RegExp} re */
function matchesOf(text, re) {
  return [...text.matchAll(re)].map((m) => /** @type {[number, RegExpMatchArray]} */ ([m.index ?? 0, m]));
}

/**
 * The plants of one family for one text: up to `variants`, at places chosen by the seeded generator.
 * @param {HygieneFamily} family @param {string} file @param {string} text @param {number} seed @param {number} variants
 * @returns {HygienePlant[]}
 */
export function hygienePlants(family, file, text, seed, variants) {
  const random = mulberry32(seed ^ hash32(`${family}:${file}`));
  /** @type {{ start: number, end: number, by: string, detail: string, lineInsert?: boolean }[]} */
  let sites = [];
  if (family === "typo") {
    for (const typo of COMMON_TYPOS) {
      if (typo.notBefore || typo.notAfter || typo.onlyAfter) continue;
      for (let at = text.indexOf(typo.right); at !== -1; at = text.indexOf(typo.right, at + 1)) {
        sites.push({ start: at, end: at + typo.right.length, by: typo.wrong, detail: `${typo.right} → ${typo.wrong}` });
      }
    }
  } else if (family === "placeholder") {
    for (const [at, m] of matchesOf(text, /(?<=[，。；、：\n（])([\p{Script=Han}]{2})(县|区|市|镇|局)(?=[\p{Script=Han}])/gu)) {
      const mask = random() < 0.5 ? "**" : "XX";
      sites.push({ start: at, end: at + (m[1] ?? "").length, by: mask, detail: `${m[0]} → ${mask}${m[2]}` });
    }
  } else if (family === "traditional") {
    for (const [simplified, traditional] of TRADITIONAL) {
      for (let at = text.indexOf(simplified); at !== -1; at = text.indexOf(simplified, at + 1)) {
        sites.push({ start: at, end: at + 1, by: traditional, detail: `${simplified} → ${traditional}` });
      }
    }
  } else if (family === "official-name") {
    for (const name of OFFICIAL_NAMES) {
      for (let at = text.indexOf(`《${name.name}》`); at !== -1; at = text.indexOf(`《${name.name}》`, at + 1)) {
        const start = at + 1;
        if (name.name.includes("法治")) {
          const i = name.name.indexOf("法治") + 1;
          sites.push({ start: start + i, end: start + i + 1, by: "制", detail: `${name.name}: 法治 → 法制` });
        }
        if (name.period) {
          const i = name.name.indexOf(String(name.period.start));
          sites.push({ start: start + i, end: start + i + 4, by: String(name.period.start - 1), detail: `${name.name}: ${name.period.start} → ${name.period.start - 1}` });
        }
      }
    }
  } else if (family === "spacing") {
    // A stray space between Chinese and the number after it (我局 2022年度, 受理 15件).
    for (const [at] of matchesOf(text, /(?<=[\p{Script=Han}])(?=\d+[\p{Script=Han}])/gu)) {
      sites.push({ start: at, end: at, by: " ", detail: `space at ${at}` });
    }
  } else if (family === "punctuation") {
    // A full-width comma or semicolon between Chinese characters typed half-width.
    for (const [at, m] of matchesOf(text, /(?<=[\p{Script=Han}])[，；](?=[\p{Script=Han}])/gu)) {
      const half = m[0] === "，" ? "," : ";";
      sites.push({ start: at, end: at + 1, by: half, detail: `${m[0]} → ${half}` });
    }
  } else if (family === "invisible") {
    // A zero-width space inside a Chinese word (pasted from a web page).
    for (const [at] of matchesOf(text, /(?<=[\p{Script=Han}])(?=[\p{Script=Han}])/gu)) {
      sites.push({ start: at, end: at, by: "\u200b", detail: `U+200B at ${at}` });
    }
  } else {
    // Paragraph ends in prose (a line of 20+ characters ending with 。), glued slogan or a blurb line.
    for (const [at, m] of matchesOf(text, /^[^\n]{20,}。$/gmu)) {
      const end = at + m[0].length;
      if (random() < 0.5) {
        const slogan = SLOGANS[Math.floor(random() * SLOGANS.length)] ?? "";
        sites.push({ start: end - 1, end, by: slogan, detail: `slogan after line ${text.slice(0, at).split("\n").length}` });
      } else {
        const blurb = BLURBS[Math.floor(random() * BLURBS.length)] ?? "";
        sites.push({ start: end, end, by: `\n${blurb}`, detail: `blurb after line ${text.slice(0, at).split("\n").length}` });
      }
    }
  }
  // A seeded sample of distinct places.
  sites = sites.sort((a, b) => a.start - b.start).filter((s, i, all) => i === 0 || s.start !== all[i - 1]?.start);
  /** @type {HygienePlant[]} */
  const plants = [];
  while (plants.length < variants && sites.length > 0) {
    const [site] = sites.splice(Math.floor(random() * sites.length), 1);
    if (!site) break;
    const planted = replaced(text, site.start, site.end, site.by);
    // The plant's own characters (a blurb's line break excluded).
    const from = site.by.startsWith("\n") ? site.start + 1 : site.start;
    plants.push({ id: `${file}#${plants.length + 1}`, family, file, text: planted, span: [from, site.start + site.by.length], detail: site.detail });
  }
  return plants;
}

/** Lint settings: every hygiene rule at its default severity, every other rule off. */
function hygieneConfig() {
  const off = Object.fromEntries(Object.keys(rules).filter((id) => !HYGIENE_RULES.includes(id)).map((id) => [id, /** @type {const} */ ("off")]));
  return resolveConfig({ rules: off });
}

/**
 * @param {{ seed: number, variants: number, families: readonly HygieneFamily[], sets: readonly string[] }} options
 */
export function runHygieneEval({ seed, variants, families, sets }) {
  const started = performance.now();
  const config = hygieneConfig();
  const run = (/** @type {string} */ text) => lint(text, { config, today: "2026-12-01" }).diagnostics;
  /** @type {Record<string, { planted: number, foundAny: number, foundErrors: number }>} */
  const stats = Object.fromEntries(families.map((f) => [f, { planted: 0, foundAny: 0, foundErrors: 0 }]));
  /** @type {{ plant: HygienePlant, found: string | null }[]} */
  const misses = [];
  /** @type {{ file: string, rule: string, line: number, text: string }[]} */
  const unplantedErrors = [];
  let lintRuns = 0;
  for (const set of sets) {
    const fixtureSet = /** @type {import("@reportlint/fixtures").FixtureSet} */ (set);
    for (const name of fixtureNames(fixtureSet)) {
      const file = `${set}/${name}`;
      const text = readFixture(fixtureSet, name);
      const before = run(text);
      lintRuns++;
      for (const d of before) {
        if (d.severity === "error") unplantedErrors.push({ file, rule: d.ruleId, line: d.range.start.line, text: text.slice(...d.span) });
      }
      for (const family of families) {
        const rule = HYGIENE_EXPECTED[family];
        // A text the rule already reports as a whole (a text in traditional characters) cannot show a plant.
        // Likewise a text spaced or half-width throughout (one summary finding for the whole text).
        if (family === "traditional" && before.some((d) => d.ruleId === rule && d.messageId !== "traditional")) continue;
        if ((family === "spacing" || family === "punctuation") && before.some((d) => d.ruleId === rule && d.messageId === "summary")) continue;
        for (const plant of hygienePlants(family, file, text, seed, variants)) {
          const found = run(plant.text).filter(
            (d) => d.ruleId === rule && d.span[0] < plant.span[1] && plant.span[0] < d.span[1] && d.severity !== "info",
          );
          lintRuns++;
          const s = /** @type {{ planted: number, foundAny: number, foundErrors: number }} */ (stats[family]);
          s.planted++;
          if (found.length > 0) s.foundAny++;
          if (found.some((d) => d.severity === "error")) s.foundErrors++;
          if (found.length === 0) misses.push({ plant, found: null });
        }
      }
    }
  }
  return { families, stats, misses, unplantedErrors, lintRuns, ms: performance.now() - started };
}

/** @param {ReturnType<typeof runHygieneEval>} result @param {{ verbose?: boolean }} [options] */
export function formatHygieneReport(result, options = {}) {
  const pct = (/** @type {number} */ n, /** @type {number} */ d) => (d === 0 ? "   —  " : `${((100 * n) / d).toFixed(1)}%`.padStart(6));
  const lines = ["Text hygiene families (a defect planted at a place the text offers; found = a new finding of the family's rule covering it)", "", "family          rule               planted   found any   found errors"];
  for (const f of result.families) {
    const s = result.stats[f] ?? { planted: 0, foundAny: 0, foundErrors: 0 };
    lines.push(`${f.padEnd(16)}${HYGIENE_EXPECTED[f].padEnd(19)}${String(s.planted).padStart(7)}   ${String(s.foundAny).padStart(4)} ${pct(s.foundAny, s.planted)}   ${String(s.foundErrors).padStart(4)} ${pct(s.foundErrors, s.planted)}`);
  }
  lines.push("", `Errors of the hygiene rules on the unplanted texts (each should be a real defect): ${result.unplantedErrors.length}`);
  for (const e of result.unplantedErrors) lines.push(`  ${e.file}:${e.line} ${e.rule} 「${e.text}」`);
  if (options.verbose && result.misses.length > 0) {
    lines.push("", "Misses:");
    for (const m of result.misses) lines.push(`- [${m.plant.family}] ${m.plant.file} ${m.plant.detail}`);
  }
  lines.push("", `${result.lintRuns} lint runs in ${(result.ms / 1000).toFixed(2)} s.`);
  return lines.join("\n");
}
