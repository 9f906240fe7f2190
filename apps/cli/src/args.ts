import { parseArgs } from "node:util";
import type { Config, Locale, RuleLevel } from "@reportlint/report-model";
import { FORMAT_NAMES, type FormatName } from "./formatters/names.js";
import { ARGS_MESSAGES, type ArgsMessageId } from "./i18n/args.js";
import { localize } from "./i18n/localize.js";

/** A mistake on the command line; exit code 2. Its message is in `locale` (from --locale, else zh). */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly locale: Locale = "zh",
  ) {
    super(message);
  }
}

/** The command line, parsed and checked. */
export interface CliOptions {
  readonly targets: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  readonly fixType: "safe" | "suggestion";
  /** --rule, --report-year, --profile and --locale as a config applied on top of the file config. */
  readonly overrides: Config;
  readonly configPath?: string;
  /** --no-config-lookup: use no config file but the one -c names (a reviewer's rules hold for submitted files). */
  readonly noConfigLookup: boolean;
  readonly maxWarnings: number;
  readonly quiet: boolean;
  readonly includeInfo: boolean;
  /** true/false when --color/--no-color is given. */
  readonly color?: boolean;
  readonly stdinFilename?: string;
  readonly printConfig: boolean;
  readonly init: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly today?: string;
  /** --published: the publication date (YYYY-MM-DD), for the deadline check of report-year. */
  readonly published?: string;
  /** --concurrency: worker threads (a number), "auto" (many files on all cores) or "off". */
  readonly concurrency: number | "auto" | "off";
  /** --cache: reuse results of unchanged files, kept in `cacheLocation`. */
  readonly cache: boolean;
  readonly cacheLocation?: string;
  /** --ignore-path: the ignore file to read instead of .reportlintignore; --no-ignore reads none. */
  readonly ignorePath?: string;
  readonly noIgnore: boolean;
  /** --max-file-size in bytes: larger files are refused before they are read. */
  readonly maxFileBytes: number;
}

/** Files larger than this are refused unless --max-file-size says otherwise (32 MB). */
export const DEFAULT_MAX_FILE_MB = 32;

const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-type": { type: "string" },
  rule: { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  "no-config-lookup": { type: "boolean" },
  "report-year": { type: "string" },
  profile: { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "include-info": { type: "boolean" },
  locale: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "boolean" },
  init: { type: "boolean" },
  today: { type: "string" },
  published: { type: "string" },
  concurrency: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  "ignore-path": { type: "string" },
  "no-ignore": { type: "boolean" },
  "max-file-size": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const LEVELS: Readonly<Record<string, RuleLevel>> = {
  off: "off",
  "0": "off",
  info: "info",
  warn: "warn",
  warning: "warn",
  "1": "warn",
  error: "error",
  "2": "error",
};

/** Makes the UsageError for a message of ARGS_MESSAGES in the run's locale. */
type Fail = (id: ArgsMessageId, data?: Record<string, string>) => UsageError;

function parseRule(value: string, fail: Fail): [string, RuleLevel] {
  const colon = value.lastIndexOf(":");
  const id = value.slice(0, colon).trim();
  const level = LEVELS[value.slice(colon + 1).trim().toLowerCase()];
  if (colon <= 0 || !id || level === undefined) {
    throw fail("ruleExpects", { value });
  }
  return [id, level];
}

function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], fail: Fail): T {
  if (!(allowed as readonly string[]).includes(value)) throw fail("oneOf", { option, value, allowed: allowed.join(", ") });
  return value as T;
}

// `--print-config=file` is accepted too, although --print-config itself takes its file as a positional.
// `--max-warnings -1` (the documented default) is joined to `--max-warnings=-1`: parseArgs takes a
// value that starts with "-" for an option and would refuse it.
function normalise(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("--print-config=")) out.push("--print-config", arg.slice(15));
    else if (arg === "--max-warnings" && /^-\d+$/.test(argv[i + 1] ?? "")) out.push(`--max-warnings=${argv[++i]!}`);
    else out.push(arg);
  }
  return out;
}

/**
 * The locale usage errors are told in: --locale's value when it is zh or en, else zh. Read before
 * parsing, since the mistake may come before --locale on the command line.
 */
function usageLocale(argv: readonly string[]): Locale {
  let locale: Locale = "zh";
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const value = argv[i] === "--locale" ? argv[i + 1] : argv[i]!.startsWith("--locale=") ? argv[i]!.slice(9) : undefined;
    if (value === "zh" || value === "en") locale = value;
  }
  return locale;
}

// node:util parseArgs says what is wrong in English; the option it names is quoted in its message.
function parseArgsProblem(error: unknown, fail: Fail, locale: Locale): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, "");
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return fail("unknownOption", { option });
  if (option !== undefined && message.endsWith("argument missing")) return fail("missingValue", { option });
  if (option !== undefined && message.endsWith("does not take an argument")) return fail("takesNoValue", { option });
  return new UsageError(message, locale);
}

/** Parses argv (without the node and script paths). Throws UsageError for anything wrong. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const locale = usageLocale(argv);
  const fail: Fail = (id, data) => new UsageError(localize(ARGS_MESSAGES, locale, id, data), locale);
  let parsed;
  try {
    parsed = parseArgs({ args: normalise(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseArgsProblem(error, fail, locale);
  }
  const v = parsed.values;
  const format = oneOf("format", v.format ?? "stylish", FORMAT_NAMES, fail);
  const fixType = oneOf("fix-type", v["fix-type"] ?? "safe", ["safe", "suggestion"] as const, fail);
  if (v.fix && v["fix-dry-run"]) throw fail("together", { first: "--fix", second: "--fix-dry-run" });
  if (v["fix-type"] !== undefined && !v.fix && !v["fix-dry-run"]) throw fail("fixTypeNeedsFix");
  if (v.color && v["no-color"]) throw fail("together", { first: "--color", second: "--no-color" });

  const overrides: { rules?: Record<string, RuleLevel>; reportYear?: number; profile?: string; locale?: Locale } = {};
  for (const value of v.rule ?? []) {
    const [id, level] = parseRule(value, fail);
    (overrides.rules ??= {})[id] = level;
  }
  if (v["report-year"] !== undefined) {
    const year = Number(v["report-year"]);
    if (!/^\d{4}$/.test(v["report-year"]) || year < 1990 || year > 2100) throw fail("reportYear", { value: v["report-year"] });
    overrides.reportYear = year;
  }
  if (v.profile !== undefined) overrides.profile = v.profile;
  if (v.locale !== undefined) overrides.locale = oneOf("locale", v.locale, ["zh", "en"] as const, fail);

  let maxWarnings = -1;
  if (v["max-warnings"] !== undefined) {
    maxWarnings = Number(v["max-warnings"]);
    if (!/^-?\d+$/.test(v["max-warnings"]) || maxWarnings < -1) throw fail("maxWarnings", { value: v["max-warnings"] });
  }
  for (const option of ["today", "published"] as const) {
    const value = v[option];
    if (value !== undefined && !isValidDate(value)) throw fail("date", { option, value });
  }

  const concurrency = parseConcurrency(v.concurrency ?? "auto");
  let maxFileMb = DEFAULT_MAX_FILE_MB;
  if (v["max-file-size"] !== undefined) {
    maxFileMb = Number(v["max-file-size"]);
    if (!/^\d+(\.\d+)?$/.test(v["max-file-size"]) || !(maxFileMb > 0)) {
      throw new UsageError(`--max-file-size expects a size in MB greater than 0, got "${v["max-file-size"]}"`);
    }
  }
  if (v["cache-location"] !== undefined && !v.cache) throw new UsageError("--cache-location needs --cache");
  if (v["ignore-path"] !== undefined && v["no-ignore"]) throw new UsageError("--ignore-path and --no-ignore cannot be used together");

  return {
    targets: parsed.positionals,
    format,
    outputFile: v["output-file"],
    fix: v.fix ?? false,
    fixDryRun: v["fix-dry-run"] ?? false,
    fixType,
    overrides,
    configPath: v.config,
    noConfigLookup: v["no-config-lookup"] ?? false,
    maxWarnings,
    quiet: v.quiet ?? false,
    includeInfo: v["include-info"] ?? false,
    color: v.color ? true : v["no-color"] ? false : undefined,
    stdinFilename: v["stdin-filename"],
    printConfig: v["print-config"] ?? false,
    init: v.init ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
    today: v.today,
    published: v.published,
    concurrency,
    cache: v.cache ?? false,
    cacheLocation: v["cache-location"],
    ignorePath: v["ignore-path"],
    noIgnore: v["no-ignore"] ?? false,
    maxFileBytes: Math.floor(maxFileMb * 1024 * 1024),
  };
}

function parseConcurrency(value: string): number | "auto" | "off" {
  if (value === "auto" || value === "off") return value;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new UsageError(`--concurrency expects a number of workers (1 to 256), auto or off; got "${value}"`);
  return n;
}
