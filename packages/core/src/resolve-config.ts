import { ConfigSchema, type Config, type Locale, type Profile, type RuleLevel, type Severity } from "@reportlint/report-model";
import { resolveRuleOptions, rules as builtinRules, type RuleMap } from "@reportlint/rules";

/** A rule that is on, with its severity and parsed options. */
export interface EnabledRule {
  readonly severity: Severity;
  readonly options: unknown;
}

/** A config with presets expanded, levels normalised and options validated. */
export interface ResolvedConfig {
  readonly resolved: true;
  readonly rules: Readonly<Record<string, EnabledRule>>;
  readonly profile?: string;
  /** Profiles defined in the configs, by id (later configs replace earlier ones of the same id). */
  readonly profiles: Readonly<Record<string, Profile>>;
  readonly reportYear?: number;
  readonly locale: Locale;
}

/** A config that cannot be used; the message says which setting and why. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Built-in presets: `recommended` turns on every recommended rule, `all` every rule. */
export const PRESET_NAMES = ["recommended", "all"] as const;

function levelToSeverity(level: RuleLevel): Severity | "off" {
  switch (level) {
    case "off":
    case 0:
      return "off";
    case "info":
      return "info";
    case "warn":
    case "warning":
    case 1:
      return "warning";
    default:
      return "error";
  }
}

function presetRules(name: string, ruleMap: RuleMap): Record<string, Severity> {
  if (!(PRESET_NAMES as readonly string[]).includes(name)) {
    throw new ConfigError(`Unknown preset "${name}" in "extends" (known: ${PRESET_NAMES.join(", ")})`);
  }
  const out: Record<string, Severity> = {};
  for (const [id, rule] of Object.entries(ruleMap)) {
    if (name === "all" || rule.meta.docs.recommended) out[id] = rule.meta.defaultSeverity;
  }
  return out;
}

/**
 * Merges configs in order (later wins) on top of their presets. A config without `extends`
 * starts from `recommended`. Throws ConfigError for unknown rules, presets or bad options.
 */
export function resolveConfig(configs: Config | readonly Config[] = [], ruleMap: RuleMap = builtinRules): ResolvedConfig {
  const given = Array.isArray(configs) ? (configs as readonly Config[]) : [configs as Config];
  const list = given.length ? given : [{}];
  const severities: Record<string, Severity | "off"> = {};
  const rawOptions: Record<string, unknown> = {};
  let profile: string | undefined;
  // Null prototype: a profile id is only ever one the config defined.
  const profiles = Object.create(null) as Record<string, Profile>;
  let reportYear: number | undefined;
  let locale: Locale = "zh";

  list.forEach((raw, index) => {
    const parsed = ConfigSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `"${issue.path.join(".")}"` : "the config";
      throw new ConfigError(`Invalid ${where}: ${issue?.message ?? "invalid value"}`);
    }
    const config = parsed.data;
    const presets = config.extends === undefined ? (index === 0 ? ["recommended"] : []) : [config.extends].flat();
    for (const name of presets) Object.assign(severities, presetRules(name, ruleMap));
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      if (!Object.hasOwn(ruleMap, id)) throw new ConfigError(`Unknown rule "${id}" in "rules"`);
      const [level, options] = Array.isArray(setting) ? setting : [setting];
      severities[id] = levelToSeverity(level);
      if (options !== undefined) rawOptions[id] = options;
    }
    for (const [id, defined] of Object.entries(config.profiles ?? {})) profiles[id] = { ...defined, id };
    profile = config.profile ?? profile;
    reportYear = config.reportYear ?? reportYear;
    locale = config.locale ?? locale;
  });

  const enabled: Record<string, EnabledRule> = {};
  for (const [id, severity] of Object.entries(severities)) {
    if (severity === "off") continue;
    const rule = ruleMap[id]!;
    try {
      enabled[id] = { severity, options: resolveRuleOptions(rule, rawOptions[id]) };
    } catch (error) {
      throw new ConfigError((error as Error).message);
    }
  }
  return { resolved: true, rules: enabled, profile, profiles, reportYear, locale };
}
