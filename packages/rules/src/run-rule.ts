import type { Report, Severity } from "@reportlint/report-model";
import type { AnyRule, LintSettings, RuleFinding } from "./rule.js";

/** A finding with the severity it ends up with. */
export interface RuleResult extends RuleFinding {
  readonly ruleId: string;
  readonly severity: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The lower of two severities: a finding never rises above its configured level. */
export function capSeverity(configured: Severity, finding: Severity | undefined): Severity {
  if (!finding) return configured;
  return RANK[finding] < RANK[configured] ? finding : configured;
}

/** Parses a rule's options with its schema (defaults applied); throws a readable error when invalid. */
export function resolveRuleOptions(rule: AnyRule, raw: unknown): unknown {
  if (!rule.meta.options) {
    const given = raw !== null && typeof raw === "object" ? Object.keys(raw) : [];
    if (given.length) throw new Error(`Rule "${rule.id}" takes no options; got ${given.map((k) => `"${k}"`).join(", ")}`);
    return {};
  }
  const parsed = rule.meta.options.safeParse(raw ?? {});
  if (!parsed.success) {
    // Every problem, each with where it is ("min": expected number, received string).
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.length ? `"${issue.path.map(String).join(".")}": ` : "";
      return `${where}${issue.message.replace(/^Invalid input: /, "")}`;
    });
    throw new Error(`Options of rule "${rule.id}": ${problems.join("; ")}`);
  }
  return parsed.data;
}

/** How many findings a linter keeps of one rule on one text (see runRule's `limit`). */
export const MAX_FINDINGS_PER_RULE = 10_000;

/** A cap on a rule's findings, and what is told how many were left out. */
export interface FindingLimit {
  readonly max: number;
  dropped(count: number): void;
}

/**
 * Runs one rule over a parsed report and returns its findings, clamped to the text and sorted.
 * `options` must already be resolved (see resolveRuleOptions). With `limit`, findings past
 * `limit.max` are counted, not kept: a garbage text (（ × 500,000) would otherwise make a million
 * findings that every formatter and editor has to carry.
 */
export function runRule(
  rule: AnyRule,
  document: Report,
  settings: LintSettings,
  options: unknown,
  severity: Severity = rule.meta.defaultSeverity,
  limit?: FindingLimit,
): RuleResult[] {
  const results: RuleResult[] = [];
  const max = limit?.max ?? Infinity;
  let dropped = 0;
  const length = document.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  rule.create({
    document,
    text: document.text,
    options,
    settings,
    report(finding) {
      if (results.length >= max) {
        dropped++;
        return;
      }
      const start = clamp(finding.span[0]);
      const end = Math.max(start, clamp(finding.span[1]));
      // Every result built with the same fields in the same order, not spread from findings of many
      // shapes: one object layout, so the code reading the results stays monomorphic.
      results.push({
        ruleId: rule.id,
        severity: capSeverity(severity, finding.severity),
        messageId: finding.messageId as string,
        data: finding.data,
        span: [start, end],
        fix: finding.fix,
        suggestions: finding.suggestions,
        details: finding.details,
      });
    },
  });
  if (dropped > 0) limit?.dropped(dropped);
  return results.length < 2 ? results : results.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
