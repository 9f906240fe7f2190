// One rule alone on a text, with the settings the parser reads from the text: the shared base of the
// seed guards (false-positive tests that list every finding by hand).
import { PROFILES } from "@reportlint/report-model";
import { createLineIndex, parse } from "@reportlint/parser";
import { resolveRuleOptions, runRule, type AnyRule } from "../../src/index.js";

/** The findings of `rule` (default options) on `text`, each with the 1-based line it starts on. */
export function findingsAlone(rule: AnyRule, text: string) {
  const document = parse(text);
  const settings = {
    reportYear: document.meta.reportYear?.value ?? null,
    today: null,
    locale: "zh" as const,
    profile: PROFILES[document.meta.profile] ?? PROFILES["fazhi-annual"]!,
  };
  const lines = createLineIndex(text);
  return runRule(rule, document, settings, resolveRuleOptions(rule, undefined)).map((finding) => ({
    ...finding,
    line: lines.positionAt(finding.span[0]).line,
    text: text.slice(...finding.span),
  }));
}
