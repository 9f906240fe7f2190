export { createRule, RULE_DOCS_BASE } from "./rule.js";
export type {
  AnyRule,
  LintSettings,
  Rule,
  RuleContext,
  RuleDefinition,
  RuleFinding,
  RuleFix,
  RuleMap,
  RuleMessage,
  RuleMeta,
} from "./rule.js";
export { interpolate, localize, renderMessage } from "./messages.js";
export type { MessageTable } from "./messages.js";
export { capSeverity, MAX_FINDINGS_PER_RULE, resolveRuleOptions, runRule } from "./run-rule.js";
export type { FindingLimit, RuleResult } from "./run-rule.js";
export { rules } from "./rules/index.js";
export { RESERVED_RULE_IDS } from "./reserved.js";
export type { BuiltinRuleId } from "./rules/index.js";
export { applyFixes } from "./fix.js";
export type { FixOutcome } from "./fix.js";
export { tableSumViolations } from "./numbers/table-sums.js";
export type { TableSumTerm, TableSumViolation } from "./numbers/table-sums.js";
