// A rule run alone over the five in-repo seeds: each finding as rule, line and the text it covers,
// for false-positive guards that list every finding by hand.
import { PROFILES } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { resolveRuleOptions, runRule, type AnyRule } from "../../src/index.js";

export interface SeedFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every finding of `rule` (default options) on the seeds, in file and text order. */
export function seedFindings(rule: AnyRule): SeedFinding[] {
  return fixtureNames("seeds").flatMap((file) => {
    const code = readFixture("seeds", file);
    const document = parse(code);
    const settings = {
      reportYear: document.meta.reportYear?.value ?? null,
      today: null,
      locale: "zh" as const,
      profile: PROFILES[document.meta.profile] ?? PROFILES["fazhi-annual"]!,
    };
    const lines = createLineIndex(code);
    return runRule(rule, document, settings, resolveRuleOptions(rule, undefined)).map((f) => ({
      file,
      line: lines.positionAt(f.span[0]).line,
      text: code.slice(...f.span),
    }));
  });
}
