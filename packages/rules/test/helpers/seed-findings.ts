// A rule run alone over the five in-repo seeds: each finding as rule, line and the text it covers,
// for false-positive guards that list every finding by hand.
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { applyFixes, type AnyRule } from "../../src/index.js";
import { findingsAlone } from "./run-alone.js";

export interface SeedFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every finding of `rule` (default options) on the seeds, in file and text order. */
export function seedFindings(rule: AnyRule): SeedFinding[] {
  return fixtureNames("seeds").flatMap((file) => {
    const code = readFixture("seeds", file);
    return findingsAlone(rule, code).map((f) => ({ file, line: f.line, text: f.text }));
  });
}

/**
 * The findings of `rule` on the seeds after applying its fixes and first suggestions once: none,
 * for a rule whose corrections are complete and create no new finding.
 */
export function seedFindingsAfterFixes(rule: AnyRule): SeedFinding[] {
  return fixtureNames("seeds").flatMap((file) => {
    const code = readFixture("seeds", file);
    const fixes = findingsAlone(rule, code).flatMap((f) => (f.fix ? [f.fix] : f.suggestions?.[0] ? [f.suggestions[0].fix] : []));
    const fixed = applyFixes(code, fixes).output;
    return findingsAlone(rule, fixed).map((f) => ({ file, line: 0, text: f.text }));
  });
}
