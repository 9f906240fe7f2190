// RuleTester-style tables on vitest: each valid/invalid case becomes its own `it`.
import { describe, expect, it } from "vitest";
import { PROFILES, type Severity } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { applyFixes, renderMessage, resolveRuleOptions, runRule, type AnyRule, type LintSettings } from "../../src/index.js";

export interface TestCase {
  readonly code: string;
  readonly name?: string;
  readonly options?: unknown;
  readonly settings?: Partial<LintSettings>;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly data?: Record<string, string | number>;
  /** The exact text the finding covers. */
  readonly text?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity?: Severity;
}

export interface InvalidCase extends TestCase {
  readonly errors: readonly ExpectedFinding[];
  /**
   * The text after applying every safe fix once, or `null` to assert there is no fix. Required when
   * the rule fixes anything in the case: a fix nobody looked at is not tested.
   */
  readonly output?: string | null;
  /** The text after applying the first suggestion of every finding. */
  readonly suggestionOutput?: string;
}

/** True when a rule fixed something in a case that does not say what the fixed text is. */
export function outputMissing(findings: readonly { fix?: unknown }[], testCase: Pick<InvalidCase, "output">): boolean {
  return findings.some((f) => f.fix !== undefined) && testCase.output === undefined;
}

function lintWith(rule: AnyRule, testCase: TestCase) {
  const document = parse(testCase.code);
  const settings: LintSettings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh",
    profile: PROFILES[document.meta.profile] ?? PROFILES["fazhi-annual"]!,
    ...testCase.settings,
  };
  return runRule(rule, document, settings, resolveRuleOptions(rule, testCase.options));
}

const title = (c: TestCase) => c.name ?? (c.code.length > 40 ? `${c.code.slice(0, 40)}…` : c.code);

/** Runs a rule over explicit valid and invalid cases. */
export function testRule(rule: AnyRule, cases: { valid: readonly (string | TestCase)[]; invalid: readonly InvalidCase[] }) {
  describe(rule.id, () => {
    describe("valid", () => {
      for (const raw of cases.valid) {
        const testCase = typeof raw === "string" ? { code: raw } : raw;
        it(title(testCase), () => {
          const findings = lintWith(rule, testCase);
          expect(findings.map((f) => ({ messageId: f.messageId, text: testCase.code.slice(...f.span) }))).toEqual([]);
        });
      }
    });
    describe("invalid", () => {
      for (const testCase of cases.invalid) {
        it(title(testCase), () => {
          const findings = lintWith(rule, testCase);
          const lines = createLineIndex(testCase.code);
          expect(findings).toHaveLength(testCase.errors.length);
          testCase.errors.forEach((expected, i) => {
            const f = findings[i]!;
            const start = lines.positionAt(f.span[0]);
            const end = lines.positionAt(f.span[1]);
            const actual = {
              messageId: f.messageId,
              ...(expected.data && { data: f.data }),
              ...(expected.text !== undefined && { text: testCase.code.slice(...f.span) }),
              ...(expected.line !== undefined && { line: start.line }),
              ...(expected.column !== undefined && { column: start.column }),
              ...(expected.endLine !== undefined && { endLine: end.line }),
              ...(expected.endColumn !== undefined && { endColumn: end.column }),
              ...(expected.severity !== undefined && { severity: f.severity }),
            };
            expect(actual).toEqual(expected);
            // Every message renders in both locales with all placeholders filled.
            for (const locale of ["zh", "en"] as const) {
              expect(renderMessage(rule, f.messageId, f.data, locale)).not.toMatch(/\{\{/);
            }
          });
          const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
          expect(outputMissing(findings, testCase), "the rule fixes this case: state its output").toBe(false);
          if (testCase.output !== undefined) {
            if (testCase.output === null) expect(fixes).toEqual([]);
            else expect(applyFixes(testCase.code, fixes).output).toBe(testCase.output);
          }
          if (testCase.suggestionOutput !== undefined) {
            const fixes = findings.flatMap((f) => (f.suggestions?.[0] ? [f.suggestions[0].fix] : []));
            expect(applyFixes(testCase.code, fixes).output).toBe(testCase.suggestionOutput);
          }
        });
      }
    });
  });
}
