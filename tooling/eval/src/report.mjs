// @ts-check
// Plain-text report of an eval run: recall per family, new findings away from the plants,
// precision on the annotated relations, and (verbose) every miss with what the rules said nearby.

/** @typedef {import("./harness.mjs").EvalResult} EvalResult */
/** @typedef {import("./harness.mjs").Finding} Finding */

const pct = (/** @type {number} */ a, /** @type {number} */ b) => (b ? `${((100 * a) / b).toFixed(1)}%` : "–");

/** Display width: CJK characters take two columns. @param {string} s */
function width(s) {
  let w = 0;
  for (const c of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
  return w;
}

/** A text table with a header row; numbers right-aligned. @param {string[][]} rows */
function table(rows) {
  const widths = /** @type {string[]} */ (rows[0]).map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  return rows
    .map((r, ri) =>
      r
        .map((cell, i) => {
          const pad = " ".repeat((widths[i] ?? 0) - width(cell));
          return ri === 0 || !/^[\d–]/u.test(cell) ? cell + pad : pad + cell;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** One line of text, shortened. @param {string} s @param {number} max */
function oneLine(s, max = 90) {
  const flat = s.replace(/\s*\n\s*/gu, "⏎");
  return [...flat].length > max ? `${[...flat].slice(0, max - 1).join("")}…` : flat;
}

/** @param {Finding} f */
function showFinding(f) {
  return `${f.ruleId} ${f.severity} [${f.span[0]}, ${f.span[1]}]: ${oneLine(f.message, 160)}`;
}

/** Rule failures (reportlint/internal), if any: all when verbose, else the first five. @param {string[]} failures @param {boolean} [verbose] */
function failureLines(failures, verbose) {
  if (!failures.length) return [];
  return ["", `Rule failures (reportlint/internal): ${failures.length}`, ...failures.slice(0, verbose ? Infinity : 5).map((f) => `  ${oneLine(f, 200)}`)];
}

/**
 * Recall by kind of edit, per family.
 * @param {readonly string[]} families
 * @param {Record<string, Record<string, { planted: number, foundAny: number, foundErrors: number }>>} byVariant
 */
function variantTable(families, byVariant) {
  /** @type {string[][]} */
  const rows = [["family", "edit", "planted", "found any", "found errors"]];
  for (const f of families) {
    for (const [variant, v] of Object.entries(byVariant[f] ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      rows.push([f, variant, String(v.planted), `${v.foundAny} (${pct(v.foundAny, v.planted)})`, `${v.foundErrors} (${pct(v.foundErrors, v.planted)})`]);
    }
  }
  return table(rows);
}

/**
 * The report as text.
 * @param {EvalResult} r
 * @param {{ verbose?: boolean }} [options]
 */
export function formatReport(r, options = {}) {
  const out = [];
  const sets = r.sets.map((s) => `${s} ${r.relationCounts[s]}`).join(", ");
  out.push(`Planted-defect eval — seed ${r.seed}, ${r.variants} variant(s) per relation and family; relations: ${sets}`);
  out.push("");
  /** @type {string[][]} */
  const rows = [["family", "planted", "found any", "found errors", "recall any", "recall errors"]];
  let planted = 0;
  let any = 0;
  let errors = 0;
  for (const f of r.families) {
    const s = r.stats[f];
    if (!s) continue;
    planted += s.planted;
    any += s.foundAny;
    errors += s.foundErrors;
    rows.push([f, String(s.planted), String(s.foundAny), String(s.foundErrors), pct(s.foundAny, s.planted), pct(s.foundErrors, s.planted)]);
  }
  rows.push(["all", String(planted), String(any), String(errors), pct(any, planted), pct(errors, planted)]);
  out.push(table(rows));
  out.push("");
  out.push("Found at warning or error = a new finding of an expected rule on one of the relation's numbers.");
  const applicable = r.families
    .map((f) => `${f} ${r.stats[f]?.plantable}/${r.stats[f]?.relations}`)
    .join(", ");
  out.push(`Relations planted / relations of a fitting kind: ${applicable}.`);
  const other = r.families.filter((f) => r.stats[f]?.otherRuleOnly).map((f) => `${f} ${r.stats[f]?.otherRuleOnly}`);
  if (other.length) out.push(`Missed, but another number rule reacted on the relation: ${other.join(", ")}.`);
  const pre = r.families.filter((f) => r.stats[f]?.preexisting).map((f) => `${f} ${r.stats[f]?.preexisting}`);
  if (pre.length) out.push(`Not counted: an expected rule flagged the relation already before planting: ${pre.join(", ")}.`);

  out.push("");
  out.push("By kind of edit:");
  out.push(variantTable(r.families, r.byVariant));

  out.push("");
  out.push(
    `False findings: ${r.falseFindings.findings} new number finding(s) (warning/error) away from every relation that uses the edited number, in ${r.falseFindings.plants} of ${r.plants.length} planted texts.`,
  );
  const p = r.precision;
  out.push("");
  out.push("Precision on the annotations (unplanted texts; a number finding overlapping the quote):");
  out.push(
    table([
      ["relations", "total", "errors", "warnings only"],
      ["inconsistent (should be found)", String(p.inconsistent.total), String(p.inconsistent.errors), String(p.inconsistent.warnings)],
      ["correct (should be left alone)", String(p.correct.total), String(p.correct.errors), String(p.correct.warnings)],
    ]),
  );
  out.push(...failureLines(r.failures, options.verbose));

  if (options.verbose) {
    out.push("");
    out.push("Misses:");
    for (const m of r.plants.filter((x) => !x.found)) {
      out.push(`- [${m.family}] ${m.set}/${m.file} ${m.relation} (${m.variant}, ${m.detail})`);
      out.push(`  「${oneLine(m.quote)}」`);
      out.push(`  planted: ${m.before} → ${m.after} at [${m.span[0]}, ${m.span[1]}]${m.preexisting ? " (an expected rule flagged it before planting)" : ""}`);
      if (!m.nearby.length) out.push(`  no number finding within ±80 characters`);
      for (const f of m.nearby) out.push(`  near: ${showFinding(f)}`);
    }
    const withFalse = r.plants.filter((x) => x.falseFindings.length);
    out.push("");
    out.push("False findings:");
    if (!withFalse.length) out.push("  none");
    for (const x of withFalse) {
      out.push(`- [${x.family}] ${x.set}/${x.file} ${x.relation}: planted ${x.before} → ${x.after}`);
      for (const f of x.falseFindings) out.push(`  ${showFinding(f)}`);
    }
    out.push("");
    out.push("Precision details:");
    const flagged = p.entries.filter((e) => e.verdict === "inconsistent" || e.severity !== null);
    for (const e of flagged) {
      const status =
        e.verdict === "inconsistent" ? (e.severity ? `found (${e.severity})` : "MISSED") : `touched (${e.severity})`;
      out.push(`- ${e.verdict} ${e.kind} ${e.set}/${e.file} ${e.relation}: ${status}`);
      out.push(`  「${oneLine(e.quote)}」`);
      for (const f of e.findings) out.push(`  ${showFinding(f)}`);
    }
  }
  out.push("");
  out.push(`${r.plants.length} plants, ${r.lintRuns} lint runs in ${(r.ms / 1000).toFixed(2)} s.`);
  return out.join("\n");
}

/**
 * The run as plain JSON (relations reduced to their ids).
 * @param {EvalResult} r
 */
export function toJson(r) {
  return JSON.stringify(r, null, 2);
}

/** @typedef {import("./harness-structure.mjs").StructureResult} StructureResult */

/**
 * The structure/time report as text: recall per family, by kind of edit, and the precision pass
 * on the unplanted texts.
 * @param {StructureResult} r
 * @param {{ verbose?: boolean }} [options]
 */
export function formatStructureReport(r, options = {}) {
  const out = [];
  const texts = r.sets.map((s) => `${s} ${r.annotatedTexts[s] ?? 0}`).join(", ");
  out.push(`Structure/time eval — annotated texts: ${texts}${r.missingSets.length ? ` (no structure.json: ${r.missingSets.join(", ")})` : ""}`);
  if (r.unavailable.length) out.push(`Rule not available (not in the registry; counted as finding nothing): ${r.unavailable.join(", ")}`);
  out.push("");
  /** @type {string[][]} */
  const rows = [["family", "texts", "planted", "found any", "found errors", "recall any", "recall errors", "note"]];
  for (const f of r.families) {
    const s = r.stats[f];
    if (!s) continue;
    const note = s.missingRules.length ? `rule not available: ${s.missingRules.join(", ")}` : "";
    rows.push([f, String(s.texts), String(s.planted), String(s.foundAny), String(s.foundErrors), pct(s.foundAny, s.planted), pct(s.foundErrors, s.planted), note]);
  }
  out.push(table(rows));
  out.push("");
  out.push("Found = a new warning/error of the family's rule: anywhere in the file for sections and title (document-level facts),");
  out.push("anywhere with 原因 in the message or on the 不足 part for causes, else overlapping the edit or the heading/item next to it.");
  out.push("");
  out.push("By kind of edit:");
  out.push(variantTable(r.families, r.byVariant));
  const others = r.plants.filter((p) => p.others.length);
  out.push("");
  out.push(`Other new findings of the nine rules in planted texts (another rule, or away from the plant): ${others.reduce((n, p) => n + p.others.length, 0)} in ${others.length} of ${r.plants.length} planted texts.`);

  const p = r.precision;
  out.push("");
  out.push(`Precision on the unplanted texts (${p.texts} texts, every warning/error of the nine rules; known = an annotated real defect):`);
  /** @type {string[][]} */
  const prow = [["rule", "errors", "of which known", "warnings", "of which known"]];
  for (const [rule, c] of Object.entries(p.byRule)) {
    const na = r.available.includes(rule) ? "" : " (n/a)";
    prow.push([`${rule}${na}`, String(c.errors), String(c.knownErrors), String(c.warnings), String(c.knownWarnings)]);
  }
  out.push(table(prow));
  out.push(`False errors (errors that are no annotated real defect): ${p.falseErrors}. Unconfirmed warnings: ${p.unconfirmedWarnings}.`);
  if (p.knownMissed.length) out.push(`Annotated real defects not reported by an available rule: ${p.knownMissed.length}.`);
  out.push(...failureLines(r.failures, options.verbose));

  if (options.verbose) {
    out.push("");
    out.push("Misses (available rules only):");
    for (const m of r.plants.filter((x) => !x.found && x.available)) {
      out.push(`- [${m.family}] ${m.set}/${m.file} 「${oneLine(m.unit, 40)}」 (${m.variant}): ${oneLine(m.detail, 120)}${m.today ? `, today ${m.today}` : ""}`);
      if (!m.fresh.length) out.push("  no new finding of the nine rules");
      for (const f of m.fresh) out.push(`  new: ${showFinding(f)}`);
    }
    out.push("");
    out.push("Other new findings in planted texts:");
    if (!others.length) out.push("  none");
    for (const x of others) {
      out.push(`- [${x.family}] ${x.set}/${x.file} (${x.variant}): ${oneLine(x.detail, 100)}`);
      for (const f of x.others) out.push(`  ${showFinding(f)}`);
    }
    out.push("");
    out.push("Findings on the unplanted texts:");
    if (!p.findings.length) out.push("  none");
    for (const x of p.findings) {
      const tag = x.known ? `known (${oneLine(x.known, 60)})` : x.finding.severity === "error" ? "FALSE ERROR" : "unconfirmed warning";
      out.push(`- ${x.set}/${x.file}${x.annotated ? "" : " (not annotated)"}: ${tag}`);
      out.push(`  ${showFinding(x.finding)}`);
    }
    for (const k of p.knownMissed) out.push(`- ${k.set}/${k.file}: annotated ${k.rule} defect not reported (${oneLine(k.why, 80)})`);
  }
  out.push("");
  out.push(`${r.plants.length} plants, ${r.lintRuns} lint runs in ${(r.ms / 1000).toFixed(2)} s.`);
  return out.join("\n");
}
