// False-positive guard: one rule alone over the five in-repo seeds, as (line, text) pairs.
import { readFixture } from "@reportlint/fixtures";
import { describe, expect, it } from "vitest";
import type { AnyRule } from "../../src/index.js";
import { findingsAlone } from "./run-alone.js";

/** The seed file names, in a fixed order. */
export const SEED_FILES = [
  "chenghai-hrss-2024.txt",
  "county-hrss-2022.txt",
  "wancheng-gov-2024.txt",
  "wancheng-hrss-2025.txt",
  "weidu-hrss-2023.txt",
] as const;

/** Every finding of `rule` on a seed: its line, the text it covers and its severity. */
export function seedFindings(rule: AnyRule, file: string): { line: number; text: string; severity: string }[] {
  return findingsAlone(rule, readFixture("seeds", file)).map((f) => ({ line: f.line, text: f.text, severity: f.severity }));
}

/** One test per seed asserting the exact findings of `rule` there. */
export function guardSeeds(rule: AnyRule, expected: Record<(typeof SEED_FILES)[number], ReturnType<typeof seedFindings>>): void {
  describe(`${rule.id} on the seeds`, () => {
    for (const file of SEED_FILES) {
      it(file, () => expect(seedFindings(rule, file)).toEqual(expected[file]));
    }
  });
}

/** One test per seed asserting that `rule` finds nothing there (a rule for another kind of report). */
export function guardSeedsSilent(rule: AnyRule): void {
  guardSeeds(rule, Object.fromEntries(SEED_FILES.map((file) => [file, []])) as Record<(typeof SEED_FILES)[number], []>);
}
