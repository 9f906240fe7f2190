// Black-box access to the four number rules: only the public lint(), rule ids and severities.
import { expect } from "vitest";
import type { Diagnostic, Severity } from "@reportlint/report-model";
import { INTERNAL_RULE_ID, lint } from "../../src/index.js";

/** The rule ids under test, in the order verdicts are sorted. */
export const NUMBER_RULE_IDS = ["impossible-percentage", "part-exceeds-total", "rate-mismatch", "sum-mismatch"] as const;

/** One of the four number rules. */
export type NumberRuleId = (typeof NUMBER_RULE_IDS)[number];

/** What a sentence gets from the number rules: which rule, how sure. */
export interface Verdict {
  readonly ruleId: NumberRuleId;
  readonly severity: Severity;
}

// "error" is the ceiling: a rule that is less sure lowers its own finding to warning or info.
const CONFIG = {
  extends: [],
  rules: {
    "sum-mismatch": "error",
    "part-exceeds-total": "error",
    "rate-mismatch": "error",
    "impossible-percentage": "error",
  },
} as const;

const isNumberRule = (id: string): id is NumberRuleId => (NUMBER_RULE_IDS as readonly string[]).includes(id);

/** The diagnostics of the four number rules for a text; fails the test if a rule crashed on it. */
export function numberFindings(text: string): Diagnostic[] {
  const result = lint(text, { config: { extends: [...CONFIG.extends], rules: { ...CONFIG.rules } } });
  // A crashing rule is reported as an internal warning, which would otherwise look like silence.
  const crashes = result.diagnostics.filter((d) => d.ruleId === INTERNAL_RULE_ID);
  expect(crashes.map((d) => d.message), `a number rule crashed on: ${text}`).toEqual([]);
  return result.diagnostics.filter((d) => isNumberRule(d.ruleId));
}

/** Sorts verdicts by rule id, then severity, so two lists compare as multisets. */
export function sortVerdicts(list: readonly Verdict[]): Verdict[] {
  return [...list].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.severity.localeCompare(b.severity));
}

/** The findings of the four number rules for one sentence, as sorted `{ ruleId, severity }` pairs. */
export function verdict(sentence: string): Verdict[] {
  return sortVerdicts(numberFindings(sentence).map((d) => ({ ruleId: d.ruleId as NumberRuleId, severity: d.severity })));
}

/** Shorthands for expected verdicts. */
export const error = (ruleId: NumberRuleId): Verdict => ({ ruleId, severity: "error" });
/** A finding lowered to warning (请核对). */
export const warning = (ruleId: NumberRuleId): Verdict => ({ ruleId, severity: "warning" });
/** A hidden finding. */
export const info = (ruleId: NumberRuleId): Verdict => ({ ruleId, severity: "info" });

/** How a row's verdict is judged. `silentOrInfo` rows may carry info findings, nothing stronger. */
export type Expected = readonly Verdict[] | "silentOrInfo";

/** Asserts the expected verdict for a sentence (exact, sorted multiset; or only info findings). */
export function expectVerdict(sentence: string, expected: Expected): void {
  const actual = verdict(sentence);
  if (expected === "silentOrInfo") {
    expect(actual.filter((v) => v.severity !== "info"), sentence).toEqual([]);
  } else {
    expect(actual, sentence).toEqual(sortVerdicts(expected));
  }
}

/**
 * Comparable form of a text or a quote: NFKC folds full-width digits, ％ and （，） to ASCII (as the
 * parser's normalisation does), and spaces go, so `受理投诉举报 15 件` matches a quote `受理投诉举报15件`.
 */
export function fold(s: string): string {
  return s.normalize("NFKC").replace(/\s+/g, "");
}

/** The 「…」 quotes of a message. */
export function quotes(message: string): string[] {
  return [...message.matchAll(/「([^」]*)」/g)].map((m) => m[1] ?? "");
}

/** Words a civil servant must never read in a finding about their numbers. */
export const ACCUSING_WORDS = /错误|造假|虚假|弄虚作假/;
/** At least one neutral phrase that asks the reader to check. */
export const NEUTRAL_WORDS = /不一致|不可能|请核对|请确认|核对/;

/**
 * Whether a quote comes from the text: verbatim, or with a few filler characters of the original left
 * out (「办结率95%以上」 for 办结率达95%以上), so a reader can still find it.
 */
export function quotesText(text: string, quote: string): boolean {
  const t = fold(text);
  const q = fold(quote);
  if (q.length === 0) return false;
  if (t.includes(q)) return true;
  for (let start = t.indexOf(q[0]!); start >= 0; start = t.indexOf(q[0]!, start + 1)) {
    let j = 0;
    let end = start;
    for (; end < t.length && j < q.length && end - start < q.length + 4; end++) if (t[end] === q[j]) j++;
    if (j === q.length) return true;
  }
  return false;
}

/**
 * Checks what every number finding must carry: a quote from the text, details.expression, a span, no
 * accusing words, and (for shown findings, not hidden info) a neutral request to check.
 */
export function expectWellFormed(text: string, d: Diagnostic): void {
  expect(d.message, d.message).not.toMatch(ACCUSING_WORDS);
  if (d.severity !== "info") expect(d.message, d.message).toMatch(NEUTRAL_WORDS);
  const qs = quotes(d.message);
  expect(qs.length, `no 「」 quote in: ${d.message}`).toBeGreaterThan(0);
  expect(
    qs.some((q) => quotesText(text, q)),
    `no quote of the original text in: ${d.message}`,
  ).toBe(true);
  // An empty list item leaves marks such as "；。" behind.
  expect(d.message, d.message).not.toMatch(/[；，：、;,:][。；，;,]/);
  expect(typeof d.details?.expression, `details.expression of: ${d.message}`).toBe("string");
  expect(d.span[1], "empty span").toBeGreaterThan(d.span[0]);
}

/** Whether a diagnostic's span overlaps the first occurrence of `anchor` in `text`. */
export function spanOverlaps(text: string, d: Diagnostic, anchor: string): boolean {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`anchor 「${anchor}」 is not in the text`);
  return d.span[0] < at + anchor.length && at < d.span[1];
}
