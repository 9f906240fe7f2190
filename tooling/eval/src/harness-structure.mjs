// @ts-check
// The structure/time half of the harness: plants one structure or time defect at a time at an
// annotated place of a real text (structure.json), lints the planted text in-process with the
// nine structure and time rules at their default severities, and measures recall per family;
// then lints every unplanted text of the sets and sorts each finding of those rules into an
// annotated real defect or not ("false errors" must stay at 0).
import { performance } from "node:perf_hooks";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { lint, resolveConfig } from "@reportlint/core";
import { STRUCTURE_EXPECTED, STRUCTURE_FAMILIES, editedSpans, mapSpan, applyEdits, structurePlants } from "./plant-structure.mjs";
import { STRUCTURE_RULES, loadStructure, overlaps } from "./structure.mjs";

/** @typedef {import("./plant-structure.mjs").StructureFamily} StructureFamily */
/** @typedef {import("./plant-structure.mjs").StructurePlant} StructurePlant */
/** @typedef {import("./structure.mjs").StructureFile} StructureFile */
/** @typedef {import("./structure.mjs").Span} Span */
/** @typedef {import("./harness.mjs").Finding} Finding */

/**
 * @typedef {object} StructurePlantResult
 * @property {string} id
 * @property {StructureFamily} family
 * @property {string} set
 * @property {string} file
 * @property {string} unit
 * @property {string} variant
 * @property {string} detail
 * @property {string | undefined} today
 * @property {"error" | "warning" | null} found
 * @property {boolean} available every expected rule of the family is in the registry
 * @property {Finding[]} fresh new findings of the nine rules (planted text, warning/error)
 * @property {Finding[]} others new findings that do not count as found (another rule, or away from the plant)
 */

/**
 * @typedef {object} StructureFamilyStats
 * @property {number} planted
 * @property {number} foundAny
 * @property {number} foundErrors
 * @property {number} texts texts that got at least one plant
 * @property {string[]} missingRules expected rules that are not in the registry
 */

/**
 * @typedef {object} PrecisionFinding
 * @property {string} set
 * @property {string} file
 * @property {boolean} annotated the text has a structure.json entry
 * @property {Finding} finding
 * @property {string | null} known the annotated real defect it matches (its why), or null
 */

/**
 * @typedef {object} StructureResult
 * @property {StructureFamily[]} families
 * @property {string[]} sets
 * @property {Record<string, number>} annotatedTexts
 * @property {string[]} missingSets sets without a structure.json
 * @property {string[]} available rules of the nine that are in the registry
 * @property {string[]} unavailable
 * @property {Record<string, StructureFamilyStats>} stats
 * @property {Record<string, Record<string, { planted: number, foundAny: number, foundErrors: number }>>} byVariant
 * @property {StructurePlantResult[]} plants
 * @property {{ texts: number, findings: PrecisionFinding[], byRule: Record<string, { errors: number, warnings: number, knownErrors: number, knownWarnings: number }>, falseErrors: number, unconfirmedWarnings: number, knownMissed: { set: string, file: string, rule: string, why: string }[] }} precision
 * @property {string[]} failures
 * @property {number} lintRuns
 * @property {number} ms
 */

/**
 * Rules of the nine that the registry has, each at its default severity.
 * @param {any} [ruleMap] rules to use instead of the built-in registry (tests of the harness itself)
 */
export function structureConfig(ruleMap) {
  /** @type {string[]} */
  const available = [];
  for (const id of STRUCTURE_RULES) {
    try {
      resolveConfig({ extends: [], rules: { [id]: "error" } }, ruleMap);
      available.push(id);
    } catch {
      // not in the registry (yet): "rule not available"
    }
  }
  const all = resolveConfig({ extends: "all" }, ruleMap);
  const rules = Object.fromEntries(Object.entries(all.rules).filter(([id]) => available.includes(id)));
  const config = { ...all, rules };
  return { config, available, unavailable: STRUCTURE_RULES.filter((r) => !available.includes(r)) };
}

/** A message with its numbers (Arabic, and Chinese ones used as heading or item numbers) blanked. */
export function blankNumbers(/** @type {string} */ message) {
  return message.replace(/[0-9０-９]+/gu, "#").replace(/[一二三四五六七八九十]+(?=[、是）)])/gu, "#");
}

/** @param {Finding[]} fs @returns {"error" | "warning" | null} */
function best(fs) {
  if (fs.some((f) => f.severity === "error")) return "error";
  return fs.some((f) => f.severity === "warning") ? "warning" : null;
}

/**
 * Loads the structure annotations of the sets and chooses the plants, without linting.
 * @param {{ seed?: number, variants?: number, families?: readonly StructureFamily[], sets?: readonly string[] }} [options]
 */
export function planStructure(options = {}) {
  const seed = options.seed ?? 20240601;
  const variants = options.variants ?? 2;
  const families = [...(options.families ?? STRUCTURE_FAMILIES)];
  const sets = [...(options.sets ?? ["numbers", "seeds", "corpus"])];
  /** @type {StructureFile[]} */
  const docs = [];
  /** @type {string[]} */
  const missingSets = [];
  /** @type {Record<string, number>} */
  const annotatedTexts = {};
  for (const set of sets) {
    const loaded = loadStructure(set);
    if (loaded.missing) missingSets.push(set);
    docs.push(...loaded.files);
    annotatedTexts[set] = loaded.files.length;
  }
  /** @type {Record<string, StructurePlant[]>} */
  const byFamily = Object.fromEntries(families.map((f) => [f, []]));
  for (const family of families) {
    for (const doc of docs) /** @type {StructurePlant[]} */ (byFamily[family]).push(...structurePlants(doc, family, { seed, variants }));
  }
  return { seed, variants, families, sets, docs, missingSets, annotatedTexts, byFamily };
}

/**
 * Runs the structure/time families and the precision pass.
 * @param {{ seed?: number, variants?: number, families?: readonly StructureFamily[], sets?: readonly string[], precision?: boolean, rules?: any }} [options]
 *   rules: a rule map to use instead of the built-in registry (for tests of the harness itself)
 * @returns {StructureResult}
 */
export function runStructureEval(options = {}) {
  const start = performance.now();
  const { families, sets, docs, missingSets, annotatedTexts, byFamily } = planStructure(options);
  const { config, available, unavailable } = structureConfig(options.rules);
  /** @type {string[]} */
  const failures = [];
  let lintRuns = 0;

  /** @param {string} text @param {string} where @param {string | undefined} today @returns {Finding[]} */
  const findingsOf = (text, where, today) => {
    lintRuns++;
    /** @type {Finding[]} */
    const out = [];
    for (const d of lint(text, { config, ...(today ? { today } : {}), ...(options.rules ? { rules: options.rules } : {}) }).diagnostics) {
      if (d.ruleId === "reportlint/internal") failures.push(`${where}: ${d.message}`);
      if (!STRUCTURE_RULES.includes(d.ruleId) || d.severity === "info") continue;
      out.push({ ruleId: d.ruleId, severity: d.severity, span: [d.span[0], d.span[1]], message: d.message });
    }
    return out;
  };
  /** @type {Map<string, Finding[]>} */
  const baselines = new Map();
  const baselineOf = (/** @type {StructureFile} */ doc, /** @type {string | undefined} */ today) => {
    const key = `${doc.set}/${doc.file}|${today ?? ""}`;
    let b = baselines.get(key);
    if (!b) baselines.set(key, (b = findingsOf(doc.text, key, today)));
    return b;
  };

  /** @type {Record<string, StructureFamilyStats>} */
  const stats = {};
  /** @type {StructureResult["byVariant"]} */
  const byVariant = {};
  /** @type {StructurePlantResult[]} */
  const plants = [];
  for (const family of families) {
    const expected = STRUCTURE_EXPECTED[family];
    const missingRules = expected.rules.filter((r) => !available.includes(r));
    const list = /** @type {StructurePlant[]} */ (byFamily[family]);
    const st = { planted: 0, foundAny: 0, foundErrors: 0, texts: new Set(list.map((p) => `${p.doc.set}/${p.doc.file}`)).size, missingRules };
    stats[family] = st;
    for (const plant of list) {
      const doc = plant.doc;
      st.planted++;
      const v = ((byVariant[family] ??= {})[plant.variant] ??= { planted: 0, foundAny: 0, foundErrors: 0 });
      v.planted++;
      /** @type {StructurePlantResult} */
      const result = {
        id: plant.id,
        family,
        set: doc.set,
        file: doc.file,
        unit: plant.unit,
        variant: plant.variant,
        detail: plant.detail,
        today: plant.today,
        found: null,
        available: missingRules.length === 0,
        fresh: [],
        others: [],
      };
      plants.push(result);
      // A rule that is not there finds nothing; do not lint for it.
      if (missingRules.length === expected.rules.length) continue;
      const base = baselineOf(doc, plant.today);
      const planted = applyEdits(doc.text, plant.edits);
      const found = findingsOf(planted, plant.id, plant.today);
      // A finding is new when the unplanted text has none like it. Messages are compared with
      // their numbers blanked: an edit renumbers headings and moves lines, so "与第7行重复" or
      // "“二、存在问题”只列出了问题" may come back as "第5行" or "“一、存在问题”" unchanged in kind.
      const exact = new Set(base.map((f) => `${f.ruleId}|${mapSpan(f.span, plant.edits).join(",")}|${blankNumbers(f.message)}`));
      const loose = new Set(base.map((f) => `${f.ruleId}|${mapSpan(f.span, plant.edits).join(",")}`));
      const messages = new Set(base.map((f) => `${f.ruleId}|${blankNumbers(f.message)}`));
      const fresh = found.filter((f) => !exact.has(`${f.ruleId}|${f.span.join(",")}|${blankNumbers(f.message)}`));
      const places = [...editedSpans(plant.edits), ...plant.places.map((s) => mapSpan(s, plant.edits))];
      // A deletion leaves a zero-width place: widen it by one character on each side.
      const near = places.map((s) => /** @type {Span} */ (s[0] === s[1] ? [s[0] - 1, s[1] + 1] : s));
      const counts = (/** @type {Finding} */ f) => {
        if (!expected.rules.includes(f.ruleId)) return false;
        if (expected.match === "anywhere") return !messages.has(`${f.ruleId}|${blankNumbers(f.message)}`);
        if (expected.match === "causes") {
          return !messages.has(`${f.ruleId}|${blankNumbers(f.message)}`) && (/原因|成因|cause/iu.test(f.message) || near.some((s) => overlaps(f.span, s)));
        }
        return near.some((s) => overlaps(f.span, s));
      };
      const hits = fresh.filter(counts);
      result.fresh = fresh;
      result.others = fresh.filter(
        (f) => !counts(f) && !loose.has(`${f.ruleId}|${f.span.join(",")}`) && !messages.has(`${f.ruleId}|${blankNumbers(f.message)}`),
      );
      result.found = best(hits);
      if (result.found) {
        st.foundAny++;
        v.foundAny++;
      }
      if (result.found === "error") {
        st.foundErrors++;
        v.foundErrors++;
      }
    }
  }

  // Precision: every finding of the nine rules on every unplanted text of the sets.
  /** @type {PrecisionFinding[]} */
  const findings = [];
  /** @type {StructureResult["precision"]["byRule"]} */
  const byRule = Object.fromEntries(STRUCTURE_RULES.map((r) => [r, { errors: 0, warnings: 0, knownErrors: 0, knownWarnings: 0 }]));
  /** @type {StructureResult["precision"]["knownMissed"]} */
  const knownMissed = [];
  let texts = 0;
  if (options.precision !== false && available.length) {
    for (const set of sets) {
      const annotated = new Map(docs.filter((d) => d.set === set).map((d) => [d.file, d]));
      for (const file of fixtureNames(/** @type {any} */ (set))) {
        texts++;
        const doc = annotated.get(file);
        const fs = doc ? baselineOf(doc, undefined) : findingsOf(readFixture(/** @type {any} */ (set), file), `${set}/${file}`, undefined);
        for (const f of fs) {
          const k = doc?.known.find((x) => x.rule === f.ruleId && (x.span === null || overlaps(x.span, f.span)));
          const r = /** @type {{ errors: number, warnings: number, knownErrors: number, knownWarnings: number }} */ (byRule[f.ruleId]);
          if (f.severity === "error") r.errors++;
          else r.warnings++;
          if (k && f.severity === "error") r.knownErrors++;
          if (k && f.severity === "warning") r.knownWarnings++;
          findings.push({ set, file, annotated: !!doc, finding: f, known: k ? k.why : null });
        }
        for (const k of doc?.known ?? []) {
          if (!available.includes(k.rule)) continue;
          if (!fs.some((f) => f.ruleId === k.rule && (k.span === null || overlaps(k.span, f.span)))) knownMissed.push({ set, file, rule: k.rule, why: k.why });
        }
      }
    }
  }
  const falseErrors = findings.filter((x) => !x.known && x.finding.severity === "error").length;
  const unconfirmedWarnings = findings.filter((x) => !x.known && x.finding.severity === "warning").length;

  return {
    families,
    sets,
    annotatedTexts,
    missingSets,
    available,
    unavailable,
    stats,
    byVariant,
    plants,
    precision: { texts, findings, byRule, falseErrors, unconfirmedWarnings, knownMissed },
    failures,
    lintRuns,
    ms: performance.now() - start,
  };
}
