// @ts-check
// The planted-defect harness: plants one defect at a time at annotated places, lints the planted
// text in-process through the public API, and measures recall per family, new findings elsewhere,
// and precision on the annotated relations of the unplanted texts.
import { performance } from "node:perf_hooks";
import { lint, resolveConfig } from "@reportlint/core";
import { EXPECTED_RULES, FAMILIES, familiesOf, plantsFor } from "./plant.mjs";
import { loadRelations } from "./relations.mjs";

/** @typedef {import("./plant.mjs").Plant} Plant */
/** @typedef {import("./plant.mjs").Family} Family */
/** @typedef {import("./relations.mjs").Relation} Relation */

/** The rules under test. */
export const NUMBER_RULES = ["sum-mismatch", "part-exceeds-total", "rate-mismatch", "impossible-percentage"];
/** Annotated fixture sets, in report order. */
export const SETS = ["numbers", "seeds", "corpus"];
/** Seed used when none is given. */
export const DEFAULT_SEED = 20240601;
/** How far around a plant the verbose report looks for findings. */
export const NEARBY = 80;

/**
 * @typedef {object} Finding
 * @property {string} ruleId
 * @property {"error" | "warning" | "info"} severity
 * @property {[number, number]} span
 * @property {string} message
 */

/**
 * @typedef {object} PlantResult
 * @property {string} id
 * @property {Family} family
 * @property {string} set
 * @property {string} file
 * @property {string} relation relation id
 * @property {string} quote
 * @property {[number, number]} span where the edit is, in the original text
 * @property {string} before
 * @property {string} after
 * @property {string} variant
 * @property {string} detail
 * @property {"error" | "warning" | null} found best severity of a new finding of an expected rule on the relation
 * @property {boolean} preexisting an expected rule already flagged the relation before planting (not counted as found)
 * @property {string[]} otherRules other number rules with a new finding on the relation
 * @property {Finding[]} nearby number findings within ±NEARBY characters of the plant (planted text)
 * @property {Finding[]} falseFindings new number findings away from every relation that uses the edited number (planted text)
 */

/**
 * @typedef {object} FamilyStats
 * @property {number} relations relations whose kind this family applies to
 * @property {number} plantable of those, relations that got at least one plant
 * @property {number} planted
 * @property {number} foundAny found at warning or error
 * @property {number} foundErrors found at error
 * @property {number} preexisting
 * @property {number} otherRuleOnly not found, but another number rule reacted on the relation
 */

/**
 * @typedef {object} PrecisionEntry
 * @property {string} set
 * @property {string} file
 * @property {string} relation
 * @property {string} kind
 * @property {"correct" | "inconsistent"} verdict
 * @property {string} quote
 * @property {"error" | "warning" | null} severity best severity of a number finding on the quote
 * @property {Finding[]} findings
 */

/**
 * @typedef {object} EvalResult
 * @property {number} seed
 * @property {number} variants
 * @property {string[]} sets
 * @property {Family[]} families
 * @property {Record<string, number>} relationCounts relations per set (planted or not)
 * @property {Record<string, FamilyStats>} stats
 * @property {Record<string, Record<string, { planted: number, foundAny: number, foundErrors: number }>>} byVariant
 * @property {PlantResult[]} plants
 * @property {{ plants: number, findings: number }} falseFindings
 * @property {{ inconsistent: { total: number, errors: number, warnings: number }, correct: { total: number, errors: number, warnings: number }, entries: PrecisionEntry[] }} precision
 * @property {string[]} failures rule failures reported by the engine (reportlint/internal)
 * @property {number} lintRuns
 * @property {number} ms
 */

const overlaps = (/** @type {[number, number]} */ a, /** @type {[number, number]} */ b) => a[0] < b[1] && b[0] < a[1];

/** Moves a span of the original text into the planted text (one edit at [start, end), length change delta). */
function mapSpan(/** @type {[number, number]} */ span, /** @type {{ start: number, end: number, delta: number }} */ edit) {
  if (span[1] <= edit.start) return span;
  if (span[0] >= edit.end) return /** @type {[number, number]} */ ([span[0] + edit.delta, span[1] + edit.delta]);
  return /** @type {[number, number]} */ ([span[0], span[1] + edit.delta]);
}

/** @param {Finding[]} fs @returns {"error" | "warning" | null} */
function best(fs) {
  let top = /** @type {"error" | "warning" | null} */ (null);
  for (const f of fs) {
    if (f.severity === "error") return "error";
    if (f.severity === "warning") top = "warning";
  }
  return top;
}

/**
 * Loads the annotated sets and chooses the plants, without linting anything.
 * @param {{ seed?: number, variants?: number, families?: readonly Family[], sets?: readonly string[] }} [options]
 */
export function planPlants(options = {}) {
  const seed = options.seed ?? DEFAULT_SEED;
  const variants = options.variants ?? 2;
  const families = [...(options.families ?? FAMILIES)];
  const sets = [...(options.sets ?? SETS)];
  /** @type {Relation[]} */
  const relations = [];
  /** @type {Map<string, string>} */
  const texts = new Map();
  /** @type {Record<string, number>} */
  const relationCounts = {};
  for (const set of sets) {
    const loaded = loadRelations(set);
    relations.push(...loaded.relations);
    for (const [file, text] of loaded.texts) texts.set(`${set}/${file}`, text);
    relationCounts[set] = loaded.relations.length;
  }
  /** @type {Record<string, { relations: number, plantable: number }>} */
  const applicable = Object.fromEntries(families.map((f) => [f, { relations: 0, plantable: 0 }]));
  /** @type {Record<string, Plant[]>} */
  const byFamily = Object.fromEntries(families.map((f) => [f, []]));
  for (const rel of relations) {
    if (rel.skip || rel.verdict !== "correct") continue;
    for (const family of familiesOf(rel)) {
      if (!families.includes(family)) continue;
      const a = /** @type {{ relations: number, plantable: number }} */ (applicable[family]);
      a.relations++;
      const plants = plantsFor(rel, family, { seed, variants });
      if (plants.length) a.plantable++;
      /** @type {Plant[]} */ (byFamily[family]).push(...plants);
    }
  }
  return { seed, variants, families, sets, relations, texts, relationCounts, applicable, byFamily };
}

/**
 * Runs the harness.
 * @param {{ seed?: number, variants?: number, families?: readonly Family[], sets?: readonly string[], perFamily?: number }} [options]
 *   perFamily: keep only the first N plants of each family (in annotation order), for quick runs
 * @returns {EvalResult}
 */
export function runEval(options = {}) {
  const start = performance.now();
  const { seed, variants, families, sets, relations, texts, relationCounts, applicable, byFamily } = planPlants(options);
  const perFamily = options.perFamily ?? Infinity;
  const config = resolveConfig({ extends: [], rules: Object.fromEntries(NUMBER_RULES.map((r) => [r, "error"])) });
  /** @type {string[]} */
  const failures = [];
  let lintRuns = 0;

  /** @param {string} text @param {string} where @returns {Finding[]} */
  const findingsOf = (text, where) => {
    lintRuns++;
    const out = [];
    for (const d of lint(text, { config }).diagnostics) {
      if (d.ruleId === "reportlint/internal") failures.push(`${where}: ${d.message}`);
      if (!NUMBER_RULES.includes(d.ruleId)) continue;
      out.push({ ruleId: d.ruleId, severity: d.severity, span: /** @type {[number, number]} */ ([d.span[0], d.span[1]]), message: d.message });
    }
    return out;
  };

  /** @type {Map<string, Relation[]>} */
  const byFile = new Map();
  for (const rel of relations) {
    const key = `${rel.set}/${rel.file}`;
    byFile.set(key, [...(byFile.get(key) ?? []), rel]);
  }
  /** @type {Map<string, Finding[]>} */
  const baseline = new Map();
  const baselineOf = (/** @type {string} */ key) => {
    let b = baseline.get(key);
    if (!b) baseline.set(key, (b = findingsOf(/** @type {string} */ (texts.get(key)), key)));
    return b;
  };

  /** @type {Record<string, FamilyStats>} */
  const stats = Object.fromEntries(
    families.map((f) => [
      f,
      { relations: 0, plantable: 0, ...applicable[f], planted: 0, foundAny: 0, foundErrors: 0, preexisting: 0, otherRuleOnly: 0 },
    ]),
  );

  /** @type {PlantResult[]} */
  const results = [];
  /** @type {EvalResult["byVariant"]} */
  const byVariant = {};
  let falsePlants = 0;
  let falseCount = 0;
  for (const family of families) {
    for (const plant of /** @type {Plant[]} */ (byFamily[family]).slice(0, perFamily)) {
      const rel = plant.relation;
      const key = `${rel.set}/${rel.file}`;
      const text = /** @type {string} */ (texts.get(key));
      const base = baselineOf(key);
      const [s, e] = plant.span;
      const planted = text.slice(0, s) + plant.after + text.slice(e);
      const edit = { start: s, end: e, delta: plant.after.length - (e - s) };
      const found = findingsOf(planted, `${key} (${plant.id})`);

      const relSpans = rel.numbers.map((x) => mapSpan(x.rawSpan, edit));
      relSpans.push(mapSpan(plant.target.rawSpan, edit));
      // Every annotated relation that uses the edited number is broken too: findings on any of
      // them are reactions to the plant, not false findings.
      const affected = (byFile.get(key) ?? [])
        .filter((r) => r.numbers.some((x) => x.span[0] === s && x.span[1] === e))
        .flatMap((r) => [r.quoteSpan, ...r.numbers.map((x) => x.rawSpan)])
        .map((span) => mapSpan(span, edit));
      affected.push(mapSpan(rel.quoteSpan, edit), ...relSpans);
      const exact = new Set(base.map((f) => `${f.ruleId}|${mapSpan(f.span, edit).join(",")}|${f.severity}|${f.message}`));
      const loose = new Set(base.map((f) => `${f.ruleId}|${mapSpan(f.span, edit).join(",")}`));
      const shown = found.filter((f) => f.severity !== "info");
      const onRelation = shown.filter((f) => relSpans.some((r) => overlaps(f.span, r)));
      const expected = /** @type {readonly string[]} */ (EXPECTED_RULES[family]);
      const hits = onRelation.filter((f) => expected.includes(f.ruleId));
      const fresh = hits.filter((f) => !exact.has(`${f.ruleId}|${f.span.join(",")}|${f.severity}|${f.message}`));
      const level = best(fresh);
      const otherRules = [
        ...new Set(
          onRelation
            .filter((f) => !expected.includes(f.ruleId) && !exact.has(`${f.ruleId}|${f.span.join(",")}|${f.severity}|${f.message}`))
            .map((f) => f.ruleId),
        ),
      ];
      const falseFindings = shown.filter(
        (f) => !loose.has(`${f.ruleId}|${f.span.join(",")}`) && !affected.some((r) => overlaps(f.span, r)),
      );
      const plantSpan = mapSpan(plant.span, edit);
      const nearby = found.filter((f) => f.span[1] >= plantSpan[0] - NEARBY && f.span[0] <= plantSpan[1] + NEARBY);

      const st = /** @type {FamilyStats} */ (stats[family]);
      st.planted++;
      if (level) st.foundAny++;
      if (level === "error") st.foundErrors++;
      if (!level && hits.length) st.preexisting++;
      if (!level && otherRules.length) st.otherRuleOnly++;
      const v = ((byVariant[family] ??= {})[plant.variant] ??= { planted: 0, foundAny: 0, foundErrors: 0 });
      v.planted++;
      if (level) v.foundAny++;
      if (level === "error") v.foundErrors++;
      if (falseFindings.length) falsePlants++;
      falseCount += falseFindings.length;
      results.push({
        id: plant.id,
        family,
        set: rel.set,
        file: rel.file,
        relation: rel.id,
        quote: rel.quote,
        span: plant.span,
        before: plant.before,
        after: plant.after,
        variant: plant.variant,
        detail: plant.detail,
        found: level,
        preexisting: !level && hits.length > 0,
        otherRules,
        nearby,
        falseFindings,
      });
    }
  }

  // Precision on the annotations themselves: the unplanted texts.
  /** @type {PrecisionEntry[]} */
  const entries = [];
  const tally = { inconsistent: { total: 0, errors: 0, warnings: 0 }, correct: { total: 0, errors: 0, warnings: 0 } };
  for (const rel of relations) {
    const fs = baselineOf(`${rel.set}/${rel.file}`).filter((f) => f.severity !== "info" && overlaps(f.span, rel.quoteSpan));
    const severity = best(fs);
    const t = tally[rel.verdict];
    t.total++;
    if (severity === "error") t.errors++;
    if (severity === "warning") t.warnings++;
    entries.push({ set: rel.set, file: rel.file, relation: rel.id, kind: rel.kind, verdict: rel.verdict, quote: rel.quote, severity, findings: fs });
  }

  return {
    seed,
    variants,
    sets,
    families,
    relationCounts,
    stats,
    byVariant,
    plants: results,
    falseFindings: { plants: falsePlants, findings: falseCount },
    precision: { ...tally, entries },
    failures,
    lintRuns,
    ms: performance.now() - start,
  };
}
