import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ConfigError, lint, resolveConfig, type LintResult, type ResolvedConfig } from "@reportlint/core";
import { DEFAULT_MAX_BYTES, encodeForSource, maskMarkdown, readReport, type SourceText } from "@reportlint/readers";
import { PROFILES, type Diagnostic, type Locale } from "@reportlint/report-model";
import { rules as builtinRules } from "@reportlint/rules";
import { parseCliArgs, UsageError, type CliOptions } from "./args.js";
import { CONFIG_FILE_NAMES, ConfigFinder, ConfigLoadError, configLayersFor, invalidConfigError, loadConfigFile, type LoadedConfig } from "@reportlint/config-loader";
import { fixUntilStable, writeFileAtomic } from "./fix.js";
import { withProseFixesOnly } from "./markdown.js";
import { loadFormatter } from "./formatters/index.js";
import { displayPath } from "./formatters/paths.js";
import type { FileResult, Finding, RuleMap } from "./formatters/types.js";
import { BUG_URL, cliVersion, helpText, STARTER_CONFIG } from "./help.js";
import { HELP_MESSAGES } from "./i18n/help.js";
import { localize } from "./i18n/localize.js";
import { showControls } from "./control-chars.js";
import { processIo, type CliIo, type CliStream } from "./io.js";
import { readFileLimited, stdinTooLarge, TooLargeError } from "./read-limited.js";
import { expandTargets, sameFileIn, type Target } from "./targets.js";

/** Options for embedding the CLI (tests, other tools). */
export interface RunOptions {
  /** Rules to lint with instead of the built-in ones. */
  readonly rules?: RuleMap;
}

/** Exit codes: no errors, lint errors (or too many warnings), usage/config/input error. */
export const EXIT = { ok: 0, lintErrors: 1, failure: 2 } as const;

const STDIN_NAME = "<stdin>";
// What applies under --no-config-lookup without -c: the defaults and the command line.
const NO_CONFIG: LoadedConfig = { path: null, config: {} };

function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function useColor(options: CliOptions, io: CliIo, stream: CliStream): boolean {
  if (options.color !== undefined) return options.color;
  if (options.outputFile !== undefined) return false;
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream.isTTY === true && io.env.TERM !== "dumb";
}

function ioReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "EROFS") return "read-only file system";
  return (error as Error).message;
}

function counts(messages: readonly Diagnostic[]) {
  const n = (severity: string, fixable = false) => messages.filter((d) => d.severity === severity && (!fixable || d.fix)).length;
  return {
    errorCount: n("error"),
    warningCount: n("warning"),
    infoCount: n("info"),
    fixableErrorCount: n("error", true),
    fixableWarningCount: n("warning", true),
  };
}

/** The text is the file itself (fixes can be written back, positions need no map). */
function isPlainText(source: SourceText): boolean {
  return source.kind === "text" || source.kind === "markdown";
}

/**
 * Findings located in the file when its text was extracted (.docx, .html, .pdf); their fixes are
 * dropped, since they apply to the extracted text and are never written to such files.
 */
function inFile(diagnostics: readonly Diagnostic[], source: SourceText): Finding[] {
  const map = source.positionMap;
  if (isPlainText(source) || map === undefined) return [...diagnostics];
  return diagnostics.map(({ fix: _fix, suggestions: _suggestions, ...d }) => {
    const start = map.locate(d.span[0]);
    // The end is exclusive: locate the last character and step past it.
    const last = map.locate(Math.max(d.span[0], d.span[1] - 1));
    const end = d.span[1] > d.span[0] ? { line: last.line, column: last.column + 1 } : start;
    return { ...d, location: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(start.page !== undefined ? { page: start.page } : {}) } };
  });
}

function failedResult(filePath: string, reason: string): FileResult {
  return { filePath, messages: [], fatal: reason, ...counts([]) };
}

/**
 * Runs the reportlint command line and returns its exit code (0, 1 or 2). Never throws: every
 * failure ends as a one-line message on stderr and exit code 2.
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}, options: RunOptions = {}): Promise<number> {
  const cli: CliIo = { ...processIo(), ...io };
  const state = { current: "" };
  try {
    return await main(argv, cli, options.rules ?? builtinRules, state);
  } catch (error) {
    const where = state.current || "error";
    cli.stderr.write(
      `reportlint: ${showControls(where)}: ${showControls((error as Error)?.message ?? String(error))}\n` +
        `This is a bug in reportlint; please report it at ${BUG_URL}\n`,
    );
    return EXIT.failure;
  }
}

async function main(argv: readonly string[], io: CliIo, ruleMap: RuleMap, state: { current: string }): Promise<number> {
  // File names and reasons may hold control characters (a newline, ESC): shown as pictures, one line each.
  const say = (subject: string, reason: string) => io.stderr.write(`reportlint: ${showControls(subject)}: ${showControls(reason)}\n`);

  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`reportlint: ${showControls(error.message)}\n${localize(HELP_MESSAGES, error.locale, "seeHelp")}\n`);
    return EXIT.failure;
  }
  if (options.help) {
    io.stdout.write(helpText(options.overrides.locale ?? "zh"));
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(`${cliVersion()}\n`);
    return EXIT.ok;
  }
  if (options.init) return init(io, say, options.overrides.locale ?? "zh");

  // Command-line settings are checked once, before any file, and blamed on the command line.
  const { overrides } = options;
  try {
    resolveConfig([overrides], ruleMap);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) say(problem.includes('"profile"') ? "--profile" : "--rule", problem);
    return EXIT.failure;
  }

  let explicit: LoadedConfig | undefined;
  if (options.configPath !== undefined) {
    try {
      explicit = await loadConfigFile(resolve(io.cwd, options.configPath), { locale: overrides.locale });
    } catch (error) {
      if (!(error instanceof ConfigLoadError)) throw error;
      for (const problem of error.problems) say(displayPath(error.path, io.cwd), problem);
      return EXIT.failure;
    }
  }
  const finder = new ConfigFinder({ cwd: io.cwd, locale: overrides.locale });
  // A --profile that is not built in must be defined by the config: the -c file, or the one found
  // from the current folder.
  if (overrides.profile !== undefined && !PROFILES[overrides.profile]) {
    // A config that cannot be read is reported with the files it applies to.
    const config = explicit ?? (options.noConfigLookup ? NO_CONFIG : await finder.forDirectory(io.cwd).catch(() => null));
    const defined = config?.config.profiles;
    const own = defined && typeof defined === "object" && !Array.isArray(defined) ? Object.keys(defined) : [];
    if (config !== null && !own.includes(overrides.profile)) {
      say("--profile", `unknown profile "${overrides.profile}" (known: ${[...Object.keys(PROFILES), ...own].join(", ")})`);
      return EXIT.failure;
    }
  }
  const resolvedByPath = new Map<string, ResolvedConfig>();
  // A reserved id is told once per run, however many configs and files name it.
  const noticedUnbuilt = new Set<string>();
  // One resolution per config file and set of its `overrides` blocks that apply.
  const resolveLoaded = (loaded: LoadedConfig, filePath: string): ResolvedConfig => {
    const layers = configLayersFor(loaded, filePath);
    const key = `${loaded.path ?? ""}\0${layers.length > 1 ? JSON.stringify(layers.slice(1)) : ""}`;
    let resolved = resolvedByPath.get(key);
    if (!resolved) {
      resolved = resolveConfig(loaded.path === null ? [overrides] : [...layers, overrides], ruleMap);
      for (const id of resolved.unbuilt ?? []) {
        if (noticedUnbuilt.has(id)) continue;
        noticedUnbuilt.add(id);
        say(`rule "${id}"`, "reserved for a coming rule, not built yet; skipped");
      }
      if (resolved.profile !== undefined && !PROFILES[resolved.profile] && !resolved.profiles[resolved.profile]) {
        const known = [...Object.keys(PROFILES), ...Object.keys(resolved.profiles)];
        throw new ConfigError(`Unknown profile "${resolved.profile}" (known: ${known.join(", ")})`);
      }
      resolvedByPath.set(key, resolved);
    }
    return resolved;
  };
  const configFor = async (filePath: string): Promise<{ loaded: LoadedConfig; resolved: ResolvedConfig }> => {
    const loaded = explicit ?? (options.noConfigLookup ? NO_CONFIG : await finder.forFile(filePath));
    try {
      return { loaded, resolved: resolveLoaded(loaded, filePath) };
    } catch (error) {
      // The config's own locale, when it names one, frames its problems (unless --locale says otherwise).
      const own = loaded.config.locale === "en" || loaded.config.locale === "zh" ? loaded.config.locale : undefined;
      if (error instanceof ConfigError) throw invalidConfigError(loaded.path ?? "config", error.problems, overrides.locale ?? own);
      throw error;
    }
  };

  if (options.printConfig) {
    const subject = resolve(io.cwd, options.targets[0] ?? options.stdinFilename ?? ".");
    const isDir = await stat(subject).then((s) => s.isDirectory(), () => false);
    try {
      const { loaded, resolved } = await configFor(isDir ? join(subject, "report.txt") : subject);
      const rules = Object.fromEntries(Object.entries(resolved.rules).map(([id, r]) => [id, { severity: r.severity, options: r.options }]));
      const printed = {
        configFile: loaded.path,
        profile: resolved.profile ?? null,
        profiles: resolved.profiles,
        reportYear: resolved.reportYear ?? null,
        locale: resolved.locale,
        rules,
      };
      io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof ConfigLoadError)) throw error;
      for (const problem of error.problems) say(displayPath(error.path, io.cwd), problem);
      return EXIT.failure;
    }
  }

  const args = options.targets.length > 0 ? options.targets : options.stdinFilename !== undefined ? ["-"] : [];
  if (args.length === 0) {
    io.stderr.write(`reportlint: no files given\n${localize(HELP_MESSAGES, overrides.locale ?? "zh", "seeHelp")}\n`);
    return EXIT.failure;
  }

  const today = options.today ?? localDate(io.now());
  const visible = (d: Diagnostic) =>
    d.severity === "error" || (!options.quiet && (d.severity === "warning" || (options.includeInfo && d.severity === "info")));
  let inputError = false;
  let locale: Locale | undefined = overrides.locale;
  let stdinOutput: Uint8Array | undefined;
  const reportedConfigErrors = new Set<string>();
  const results: FileResult[] = [];

  const { targets, errors } = await expandTargets(args, io.cwd);
  for (const e of errors) {
    say(e.arg, e.message);
    results.push(failedResult(resolve(io.cwd, e.arg), e.message));
    inputError = true;
  }
  // The report must never overwrite an input: refused before anything is read or fixed.
  if (options.outputFile !== undefined) {
    const out = resolve(io.cwd, options.outputFile);
    const input = await sameFileIn(out, targets);
    if (input !== undefined) {
      say(`-o ${displayPath(out, io.cwd)}`, `is an input (${displayPath(input, io.cwd)}); not overwriting it with the report`);
      return EXIT.failure;
    }
  }

  const lintTarget = async (target: Target): Promise<FileResult> => {
    const filePath = target.kind === "file" ? target.path : options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : STDIN_NAME;
    const shown = displayPath(filePath, io.cwd);
    state.current = shown;
    const fail = (reason: string, subject = shown): FileResult => {
      say(subject, reason);
      inputError = true;
      return failedResult(filePath, reason);
    };

    let bytes: Uint8Array;
    try {
      bytes = target.kind === "file" ? await readFileLimited(target.path, DEFAULT_MAX_BYTES) : await io.readStdin(DEFAULT_MAX_BYTES);
    } catch (error) {
      return fail(error instanceof TooLargeError ? error.message : ioReason(error));
    }
    if (bytes.length > DEFAULT_MAX_BYTES) return fail(stdinTooLarge(DEFAULT_MAX_BYTES));
    const read = await readReport(bytes, filePath === STDIN_NAME ? "stdin.txt" : filePath);
    if (!read.ok) return fail(read.error.message);
    const source = read.source;

    let resolved: ResolvedConfig;
    try {
      ({ resolved } = await configFor(filePath === STDIN_NAME ? join(io.cwd, "stdin.txt") : filePath));
    } catch (error) {
      if (!(error instanceof ConfigLoadError)) throw error;
      const configShown = displayPath(error.path, io.cwd);
      if (!reportedConfigErrors.has(error.path)) for (const problem of error.problems) say(configShown, problem);
      reportedConfigErrors.add(error.path);
      inputError = true;
      return failedResult(filePath, `${configShown}: ${error.message}`);
    }
    locale ??= resolved.locale;

    // Markdown is linted with its syntax masked by spaces (offsets unchanged); fixes apply to the file's text.
    const markdown = source.kind === "markdown";
    let linted = { original: source.text, masked: source.text };
    const lintText = (text: string): LintResult => {
      linted = { original: text, masked: markdown ? maskMarkdown(text) : text };
      return lint(linted.masked, { config: resolved, today, publishedAt: options.published, rules: ruleMap });
    };
    const fixable = (r: LintResult): Diagnostic[] => {
      const shown = r.diagnostics.filter(visible);
      return markdown ? shown.map((d) => withProseFixesOnly(d, linted.original, linted.masked)) : shown;
    };
    const first = lintText(source.text);
    let final = first;
    let output: string | undefined;
    // Word, web pages and PDFs are never rewritten: their findings say what to change.
    if ((options.fix || options.fixDryRun) && isPlainText(source)) {
      const fixed = fixUntilStable(source.text, lintText, fixable, options.fixType, first);
      if (fixed.output !== source.text) {
        output = fixed.output;
        final = fixed.result;
      }
    }
    if (options.fix && target.kind === "stdin") stdinOutput = bytes;
    if (options.fix && output !== undefined) {
      const encoded = encodeForSource(source, output, bytes);
      try {
        if (!encoded.ok) throw new Error(encoded.error.message);
        if (target.kind === "stdin") stdinOutput = encoded.bytes;
        else await writeFileAtomic(target.path, encoded.bytes, bytes);
      } catch (error) {
        say(shown, `could not write the fixes, the file is unchanged: ${ioReason(error)}`);
        inputError = true;
        final = first;
        output = undefined;
      }
    }
    const messages = inFile(final.diagnostics.filter(visible), source);
    return { filePath, kind: source.kind, messages, source: output ?? source.text, ...(output !== undefined ? { output } : {}), ...counts(messages) };
  };

  for (const target of targets) {
    try {
      results.push(await lintTarget(target));
    } catch (error) {
      // A bug on one file must not hide the results of the others.
      const filePath = target.kind === "file" ? target.path : STDIN_NAME;
      const reason = `internal error: ${(error as Error)?.message ?? String(error)}`;
      say(displayPath(filePath, io.cwd), reason);
      io.stderr.write(`This is a bug in reportlint; please report it at ${BUG_URL}\n`);
      results.push(failedResult(filePath, reason));
      inputError = true;
    }
  }
  state.current = "";

  // With --fix on standard input the fixed text owns stdout; the report goes to stderr (or -o).
  const reportStream = stdinOutput !== undefined && options.outputFile === undefined ? io.stderr : io.stdout;
  const formatter = await loadFormatter(options.format);
  const text = formatter(results, {
    cwd: io.cwd,
    color: useColor(options, io, reportStream),
    columns: reportStream.columns,
    rules: ruleMap,
    locale: locale ?? "zh",
    version: cliVersion(),
  });
  if (options.outputFile !== undefined) {
    const out = resolve(io.cwd, options.outputFile);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text);
    } catch (error) {
      say(displayPath(out, io.cwd), `cannot write the report: ${ioReason(error)}`);
      return EXIT.failure;
    }
  } else if (text) {
    reportStream.write(text);
  }
  if (stdinOutput !== undefined) io.stdout.write(stdinOutput);

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  if (inputError) return EXIT.failure;
  if (errorCount > 0) return EXIT.lintErrors;
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    io.stderr.write(`reportlint: too many warnings (${warningCount}; --max-warnings is ${options.maxWarnings})\n`);
    return EXIT.lintErrors;
  }
  return EXIT.ok;
}

async function init(io: CliIo, say: (subject: string, reason: string) => void, locale: Locale): Promise<number> {
  for (const name of [...CONFIG_FILE_NAMES]) {
    const existing = await stat(join(io.cwd, name)).then(() => true, () => false);
    if (existing) {
      say(name, "already exists; not overwriting it");
      return EXIT.failure;
    }
  }
  const path = join(io.cwd, CONFIG_FILE_NAMES[0]);
  try {
    await writeFile(path, STARTER_CONFIG, { flag: "wx" });
  } catch (error) {
    say(CONFIG_FILE_NAMES[0], `cannot create it: ${ioReason(error)}`);
    return EXIT.failure;
  }
  io.stdout.write(`${localize(HELP_MESSAGES, locale, "created", { file: CONFIG_FILE_NAMES[0] })}\n`);
  return EXIT.ok;
}
