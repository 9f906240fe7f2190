// False-positive guard: one rule alone over the five in-repo seeds, as (line, text) pairs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { PROFILES } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { resolveRuleOptions, runRule, type AnyRule } from "../../src/index.js";

const SEEDS = fileURLToPath(new URL("../../../../tooling/fixtures/reports/seeds/", import.meta.url));

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
  const text = readFileSync(`${SEEDS}${file}`, "utf8");
  const document = parse(text);
  const settings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh" as const,
    profile: PROFILES[document.meta.profile]!,
  };
  const lines = createLineIndex(text);
  return runRule(rule, document, settings, resolveRuleOptions(rule, undefined)).map((f) => ({
    line: lines.positionAt(f.span[0]).line,
    text: text.slice(...f.span),
    severity: f.severity,
  }));
}

/** One test per seed asserting the exact findings of `rule` there. */
export function guardSeeds(rule: AnyRule, expected: Record<(typeof SEED_FILES)[number], ReturnType<typeof seedFindings>>): void {
  describe(`${rule.id} on the seeds`, () => {
    for (const file of SEED_FILES) {
      it(file, () => expect(seedFindings(rule, file)).toEqual(expected[file]));
    }
  });
}
