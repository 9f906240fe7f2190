export { lint, resolveProfile, INTERNAL_RULE_ID } from "./lint.js";
export type { LintOptions, LintResult } from "./lint.js";
export { resolveConfig, ConfigError, PRESET_NAMES } from "./resolve-config.js";
export type { EnabledRule, ResolvedConfig } from "./resolve-config.js";
export { applyFixes } from "@reportlint/rules";
export type { FixOutcome } from "@reportlint/rules";
export { fixUntilStable, fixesOf, MAX_FIX_PASSES } from "./fix-until-stable.js";
export type { FixRun, FixType } from "./fix-until-stable.js";
export { withFixesOnUnmaskedText } from "./masked-fixes.js";
