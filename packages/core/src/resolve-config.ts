import { ConfigSchema, type Config, type Locale, type Profile, type RuleLevel, type Severity } from "@reportlint/report-model";
import { RESERVED_RULE_IDS, resolveRuleOptions, rules as builtinRules, type RuleMap } from "@reportlint/rules";

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
  /** Ids the config names that are reserved for rules not built yet (skipped; worth a notice). */
  readonly unbuilt?: readonly string[];
}

/** A config that cannot be used; `problems` lists every setting that is wrong and why, one a line. */
export class ConfigError extends Error {
  override name = "ConfigError";
  readonly problems: readonly string[];
  constructor(problems: string | readonly string[]) {
    const list = typeof problems === "string" ? [problems] : problems;
    super(list.join("\n"));
    this.problems = list;
  }
}

/** The levels the docs list (`warning` is accepted too, as another name for `warn`). */
const LEVELS_SHOWN = "off, info, warn, error, 0, 1, 2";

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name nearest to `name`, when it is near enough to be a typo of it. */
function nearestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

const didYouMean = (name: string, known: Iterable<string>): string => {
  const near = nearestName(name, known);
  return near === undefined ? "" : ` (did you mean "${near}"?)`;
};

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

const CONFIG_KEYS = Object.keys(ConfigSchema.shape);

/** One schema issue as a line a person can act on: where, and what is allowed there. */
function describeIssue(issue: SchemaIssue): string {
  const path = issue.path.map(String);
  const where = path.length ? `"${path.join(".")}"` : "the config";
  if (path[0] === "rules" && path.length >= 2 && path[2] !== "1" && issue.code !== "custom") {
    return `${where}: expected one of ${LEVELS_SHOWN}, or [level, { options }]`;
  }
  if (issue.code === "invalid_value" && issue.values) {
    return `${where}: expected one of ${issue.values.map(String).join(", ")}`;
  }
  if (issue.code === "unrecognized_keys" && issue.keys) {
    const known = path.length ? [] : CONFIG_KEYS;
    const prefix = path.length ? `${where}: unknown setting` : "Unknown setting";
    return issue.keys.map((key) => `${prefix} "${key}"${didYouMean(key, known)}`).join("\n");
  }
  return `${where}: ${issue.message.replace(/^Invalid input: /, "")}`;
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

  const problems: string[] = [];
  const unbuilt = new Set<string>();
  const knownIds = [...Object.keys(ruleMap), ...RESERVED_RULE_IDS];
  /** True for a built rule; a reserved id is noted, an unknown one is a problem. */
  const checkId = (id: string): boolean => {
    if (Object.hasOwn(ruleMap, id)) return true;
    if (RESERVED_RULE_IDS.includes(id)) unbuilt.add(id);
    else problems.push(`Unknown rule "${id}" in "rules"${didYouMean(id, knownIds)}`);
    return false;
  };

  list.forEach((raw, index) => {
    const parsed = ConfigSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(...describeIssue(issue).split("\n"));
      // The rule ids are checked too, so a typo in one is named with the other problems.
      const given = (raw as { rules?: unknown } | null)?.rules;
      if (given !== null && typeof given === "object" && !Array.isArray(given)) {
        for (const id of Object.keys(given)) checkId(id);
      }
      return;
    }
    const config = parsed.data;
    const presets = config.extends === undefined ? (index === 0 ? ["recommended"] : []) : [config.extends].flat();
    for (const name of presets) {
      try {
        Object.assign(severities, presetRules(name, ruleMap));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        problems.push(error.message);
      }
    }
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      if (!checkId(id)) continue;
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
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  return { resolved: true, rules: enabled, profile, profiles, reportYear, locale, unbuilt: [...unbuilt] };
}
