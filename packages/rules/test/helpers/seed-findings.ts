// A rule run alone over the five in-repo seeds: each finding as rule, line and the text it covers,
// for false-positive guards that list every finding by hand.
import { PROFILES } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { applyFixes, resolveRuleOptions, runRule, type AnyRule } from "../../src/index.js";

export interface SeedFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

function run(rule: AnyRule, code: string) {
  const document = parse(code);
  const settings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh" as const,
    profile: PROFILES[document.meta.profile] ?? PROFILES["fazhi-annual"]!,
  };
  return runRule(rule, document, settings, resolveRuleOptions(rule, undefined));
}

/** Every finding of `rule` (default options) on the seeds, in file and text order. */
export function seedFindings(rule: AnyRule): SeedFinding[] {
  return fixtureNames("seeds").flatMap((file) => {
    const code = readFixture("seeds", file);
    const lines = createLineIndex(code);
    return run(rule, code).map((f) => ({ file, line: lines.positionAt(f.span[0]).line, text: code.slice(...f.span) }));
  });
}

/**
 * The findings of `rule` on the seeds after applying its fixes and first suggestions once: none,
 * for a rule whose corrections are complete and create no new finding.
 */
export function seedFindingsAfterFixes(rule: AnyRule): SeedFinding[] {
  return fixtureNames("seeds").flatMap((file) => {
    const code = readFixture("seeds", file);
    const fixes = run(rule, code).flatMap((f) => (f.fix ? [f.fix] : f.suggestions?.[0] ? [f.suggestions[0].fix] : []));
    const fixed = applyFixes(code, fixes).output;
    return run(rule, fixed).map((f) => ({ file, line: 0, text: fixed.slice(...f.span) }));
  });
}
