import { PROFILES, DEFAULT_PROFILE_ID, type Config, type Diagnostic, type Profile, type Report } from "@reportlint/report-model";
import { createLineIndex, matchesAny, parse, type LineIndex } from "@reportlint/parser";
import { MAX_FINDINGS_PER_RULE, renderMessage, rules as builtinRules, runRule, type LintSettings, type RuleMap } from "@reportlint/rules";
import { resolveConfig, type ResolvedConfig } from "./resolve-config.js";

export interface LintOptions {
  /** A config, a list merged in order, or a config already resolved with resolveConfig. */
  readonly config?: Config | readonly Config[] | ResolvedConfig;
  /** Today's date (YYYY-MM-DD); the engine never reads the clock. */
  readonly today?: string;
  /** The publication date (YYYY-MM-DD) when the caller knows it; overrides a 发布时间 in the text (when `input` is text). */
  readonly publishedAt?: string;
  /** Rules to use instead of the built-in ones. */
  readonly rules?: RuleMap;
}

export interface LintResult {
  readonly report: Report;
  /** Every finding, in text order, info included. */
  readonly diagnostics: readonly Diagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
}

/** Id used for findings about the linter itself (a rule that failed), never for the text. */
export const INTERNAL_RULE_ID = "reportlint/internal";

function isResolved(config: LintOptions["config"]): config is ResolvedConfig {
  return (config as ResolvedConfig | undefined)?.resolved === true;
}

/**
 * The profile a report is linted with, and the report with its meta saying so. A profile the config
 * names (built-in or its own) wins; else a profile the config defines whose title patterns match the
 * title (the config's own report types come before the built-in guesses); else the parser's guess.
 */
export function resolveProfile(report: Report, config: Pick<ResolvedConfig, "profile" | "profiles">): { report: Report; profile: Profile } {
  const known = (id: string): Profile | undefined => config.profiles[id] ?? PROFILES[id];
  const title = report.meta.title?.text;
  if (report.meta.profileSource !== "option" && title !== undefined) {
    const own = Object.values(config.profiles).find((p) => matchesAny(p.titlePatterns, title));
    if (own) return { report: { ...report, meta: { ...report.meta, profile: own.id, profileSource: "guessed" } }, profile: own };
  }
  return { report, profile: known(report.meta.profile) ?? PROFILES[DEFAULT_PROFILE_ID]! };
}

/** Lints report text (or an already parsed Report). Pure: no I/O, no clock. */
export function lint(input: string | Report, options: LintOptions = {}): LintResult {
  const ruleMap: RuleMap = options.rules ?? builtinRules;
  const config = isResolved(options.config) ? options.config : resolveConfig(options.config ?? [], ruleMap);
  const parsed =
    typeof input === "string"
      ? parse(input, { profile: config.profile, reportYear: config.reportYear, publishedAt: options.publishedAt })
      : input;
  const { report, profile } = resolveProfile(parsed, config);
  const settings: LintSettings = {
    reportYear: config.reportYear ?? report.meta.reportYear?.value ?? null,
    today: options.today ?? null,
    locale: config.locale,
    profile,
  };
  // The line index is built when the first finding needs a position: most texts have few findings,
  // many (a clean report) none, and building it costs a pass over the text.
  let lines: LineIndex | undefined;
  const positionAt = (offset: number) => (lines ??= createLineIndex(report.text)).positionAt(offset);
  const diagnostics: Diagnostic[] = [];
  const atStart = () => ({ span: [0, 0] as [number, number], range: { start: positionAt(0), end: positionAt(0) } });
  // Past MAX_FINDINGS_PER_RULE a rule's findings are counted, and one warning says how many were left out.
  let id = "";
  const rules = config.rules;
  const limit = {
    max: MAX_FINDINGS_PER_RULE,
    dropped: (count: number) =>
      diagnostics.push({
        ruleId: INTERNAL_RULE_ID,
        severity: "warning",
        messageId: "too-many-findings",
        data: { rule: id, shown: String(MAX_FINDINGS_PER_RULE), dropped: String(count) },
        message:
          config.locale === "en"
            ? `Rule "${id}" found more than ${MAX_FINDINGS_PER_RULE} problems; ${count} more are not shown`
            : `规则“${id}”发现的问题超过 ${MAX_FINDINGS_PER_RULE} 个，另有 ${count} 个未列出`,
        ...atStart(),
      }),
  };

  for (id of Object.keys(rules)) {
    const rule = ruleMap[id];
    if (!rule) continue;
    const enabled = rules[id]!;
    let results;
    try {
      results = runRule(rule, report, settings, enabled.options, enabled.severity, limit);
    } catch (error) {
      // A broken rule must not hide the other findings: report it and go on.
      diagnostics.push({
        ruleId: INTERNAL_RULE_ID,
        severity: "warning",
        messageId: "rule-failed",
        data: { rule: id, reason: String((error as Error)?.message ?? error) },
        message:
          config.locale === "en"
            ? `Rule "${id}" failed on this text: ${String((error as Error)?.message ?? error)}`
            : `规则“${id}”处理本文时出错：${String((error as Error)?.message ?? error)}`,
        ...atStart(),
      });
      continue;
    }
    for (const r of results) {
      const diagnostic: Diagnostic = {
        ruleId: r.ruleId,
        severity: r.severity,
        messageId: r.messageId,
        data: r.data ?? {},
        message: renderMessage(rule, r.messageId, r.data, config.locale),
        span: r.span,
        range: { start: positionAt(r.span[0]), end: positionAt(r.span[1]) },
        url: rule.meta.docs.url,
      };
      if (r.fix) diagnostic.fix = r.fix;
      if (r.suggestions?.length) {
        diagnostic.suggestions = r.suggestions.map((s) => ({
          messageId: s.messageId,
          data: s.data ?? {},
          message: renderMessage(rule, s.messageId, s.data, config.locale),
          fix: s.fix,
        }));
      }
      if (r.details) diagnostic.details = r.details;
      diagnostics.push(diagnostic);
    }
  }

  // Rule ids by code unit, not localeCompare: the same order for ids of a-z, 0-9 and "-", the same on
  // every machine whatever its locale, and no ICU collator built on the first call (1 % of a cold
  // run on the five seeds).
  diagnostics.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") {
      errorCount++;
      if (d.fix) fixableErrorCount++;
    } else if (d.severity === "warning") {
      warningCount++;
      if (d.fix) fixableWarningCount++;
    }
  }
  return { report, diagnostics, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
