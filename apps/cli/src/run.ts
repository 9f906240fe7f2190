import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { ConfigError, resolveConfig, type ResolvedConfig } from "@reportlint/core";
import { PROFILES, type Locale } from "@reportlint/report-model";
import { rules as builtinRules } from "@reportlint/rules";
import { parseCliArgs, UsageError, type CliOptions } from "./args.js";
import { cacheKey, contentHash, DEFAULT_CACHE_LOCATION, engineFingerprint, ResultCache } from "./cache.js";
import { CONFIG_FILE_NAMES, ConfigFinder, ConfigLoadError, configLayersFor, invalidConfigError, loadConfigFile, type LoadedConfig } from "@reportlint/config-loader";
import { loadFormatter } from "./formatters/index.js";
import { displayPath } from "./formatters/paths.js";
import type { FileResult, RuleMap } from "./formatters/types.js";
import { BUG_URL, cliVersion, helpText, STARTER_CONFIG } from "./help.js";
import { HELP_MESSAGES } from "./i18n/help.js";
import { localize } from "./i18n/localize.js";
import { ioErrorReason, runMessage, type RunReason } from "./i18n/run-messages.js";
import { IGNORE_FILE_NAME, loadIgnoreFile, type IgnoreMatcher } from "./ignore-file.js";
import { showControls } from "./control-chars.js";
import { processIo, type CliIo, type CliStream } from "./io.js";
import { failedResult, lintFile, type LintJob, type LintOutcome, type LintSettings } from "./lint-file.js";
import { batchSize, createLintPool, isCloneable, workerCount, type LintPool, type PoolAnswer } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { readFileLimited } from "./read-limited.js";
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

/** A pool of `threads` workers, or none (0 threads, or the worker entry is not built). */
async function createPoolFor(threads: number): Promise<LintPool | undefined> {
  return threads > 0 ? createLintPool(threads) : undefined;
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
  let progress: Progress | undefined;
  const say = (subject: string, reason: string) => {
    progress?.clear();
    io.stderr.write(`reportlint: ${showControls(subject)}: ${showControls(reason)}\n`);
  };

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


  const today = options.today ?? localDate(io.now());
  // The run's own lines follow --locale, else the config that applies in the current folder.
  const messageLocale: Locale =
    overrides.locale ??
    (await configFor(join(io.cwd, "stdin.txt")).then(
      ({ resolved }) => resolved.locale,
      // A broken config is reported with the files it applies to.
      () => "zh" as const,
    ));
  const words = (reason: RunReason) => runMessage(messageLocale, reason);
  const tell = (subject: string, reason: RunReason) => say(subject, words(reason));

  const args = options.targets.length > 0 ? options.targets : options.stdinFilename !== undefined ? ["-"] : [];
  if (args.length === 0) {
    io.stderr.write(`reportlint: ${words({ id: "noFilesGiven" })}\n${words({ id: "seeHelp" })}\n`);
    return EXIT.failure;
  }

  let inputError = false;
  let locale: Locale | undefined = overrides.locale;
  let stdinOutput: Uint8Array | undefined;
  const reportedConfigErrors = new Set<string>();
  const results: FileResult[] = [];

  let isIgnored: IgnoreMatcher | undefined;
  if (!options.noIgnore) {
    const ignorePath = resolve(io.cwd, options.ignorePath ?? IGNORE_FILE_NAME);
    try {
      isIgnored = await loadIgnoreFile(ignorePath, options.ignorePath !== undefined);
    } catch (error) {
      tell(displayPath(ignorePath, io.cwd), { id: "ignoreFileUnreadable", data: { reason: words(ioErrorReason(error)) } });
      return EXIT.failure;
    }
  }
  const { targets, errors, ignored, skipped } = await expandTargets(args, io.cwd, { isIgnored, ownFileNames: CONFIG_FILE_NAMES });
  for (const e of errors) {
    tell(e.arg, e.reason);
    results.push(failedResult(resolve(io.cwd, e.arg), words(e.reason)));
    inputError = true;
  }
  for (const arg of ignored) tell(arg, { id: "ignoredFile" });
  // The report must never overwrite an input: refused before anything is read or fixed.
  if (options.outputFile !== undefined) {
    const out = resolve(io.cwd, options.outputFile);
    const input = sameFileIn(out, targets);
    if (input !== undefined) {
      tell(`-o ${displayPath(out, io.cwd)}`, { id: "outputIsInput", data: { input: displayPath(input, io.cwd) } });
      return EXIT.failure;
    }
  }

  const settings: LintSettings = {
    today,
    ...(options.published !== undefined ? { published: options.published } : {}),
    fix: options.fix,
    fixDryRun: options.fixDryRun,
    fixType: options.fixType,
    quiet: options.quiet,
    includeInfo: options.includeInfo,
    locale: messageLocale,
    maxBytes: options.maxFileBytes,
  };
  // Only plain configs go to workers and the cache: a JS config may hold functions.
  const plainConfigs = new WeakMap<ResolvedConfig, boolean>();
  const isPlain = (config: ResolvedConfig) => {
    let plain = plainConfigs.get(config);
    if (plain === undefined) plainConfigs.set(config, (plain = isCloneable(config)));
    return plain;
  };
  const builtin = ruleMap === builtinRules;
  // Custom rules (run(..., { rules })) are not in the version: their results are never cached.
  const cache = options.cache && builtin ? await ResultCache.load(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION)) : undefined;
  const engine = cache !== undefined ? engineFingerprint(cliVersion()) : "";

  type Planned = { readonly job: LintJob; readonly key?: string } | { readonly outcome: LintOutcome };
  const plan = async (target: Target): Promise<Planned> => {
    const filePath = target.kind === "file" ? target.path : options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : STDIN_NAME;
    const shown = displayPath(filePath, io.cwd);
    state.current = shown;
    let resolved: ResolvedConfig;
    try {
      ({ resolved } = await configFor(filePath === STDIN_NAME ? join(io.cwd, "stdin.txt") : filePath));
    } catch (error) {
      if (!(error instanceof ConfigLoadError)) throw error;
      const configShown = displayPath(error.path, io.cwd);
      const notices = reportedConfigErrors.has(error.path) ? [] : error.problems.map((text) => ({ subject: configShown, text }));
      reportedConfigErrors.add(error.path);
      return { outcome: { result: failedResult(filePath, `${configShown}: ${error.message}`), notices, failed: true } };
    }
    locale ??= resolved.locale;
    let bytes = target.kind === "stdin" ? await io.readStdin(options.maxFileBytes) : undefined;
    let key: string | undefined;
    if (cache !== undefined && target.kind === "file" && isPlain(resolved)) {
      // Read here to hash the content; a file that cannot be read is left to the linting to report.
      bytes = await readFileLimited(target.path, options.maxFileBytes).catch(() => undefined);
      if (bytes !== undefined) {
        key = cacheKey({ content: contentHash(bytes), config: resolved, options: settings, engine });
        const hit = cache.get(filePath, key);
        if (hit !== undefined) return { outcome: { result: hit, notices: [], failed: false } };
      }
    }
    const job: LintJob = { filePath, shown, readName: filePath === STDIN_NAME ? "stdin.txt" : filePath, stdin: target.kind === "stdin", config: resolved, settings, ...(bytes !== undefined ? { bytes } : {}) };
    return { job, ...(key !== undefined ? { key } : {}) };
  };
  // A bug on one file must not hide the results of the others.
  const bugOutcome = (filePath: string, shown: string, reason: RunReason): LintOutcome => {
    const text = words(reason);
    return { result: failedResult(filePath, text), notices: [{ subject: shown, text }], failed: true, bug: true };
  };

  // Files go to the workers in batches as soon as they are planned (while the workers start), unless
  // the cache may leave the workers nothing to do: then the pool starts once the misses are known.
  let workers = builtin && cache === undefined ? workerCount(options.concurrency, targets.filter((t) => t.kind === "file").length) : 0;
  let pool = await createPoolFor(workers);
  const answers = new Map<LintJob, Promise<PoolAnswer>>();
  let batch: LintJob[] = [];
  let size = batchSize(targets.length, Math.max(1, workers));
  const sendBatch = () => {
    if (pool === undefined || batch.length === 0) return;
    const jobs = batch;
    const answered = pool.lint(jobs);
    jobs.forEach((job, j) => answers.set(job, answered.then((a) => a[j]!)));
    batch = [];
  };
  const toWorkers = (p: Planned) => {
    if (pool === undefined || !("job" in p) || p.job.stdin || !isPlain(p.job.config)) return;
    batch.push(p.job);
    if (batch.length >= size) sendBatch();
  };
  const planned: Planned[] = [];
  for (const target of targets) {
    let p: Planned;
    try {
      p = await plan(target);
    } catch (error) {
      const filePath = target.kind === "file" ? target.path : STDIN_NAME;
      p = { outcome: bugOutcome(filePath, displayPath(filePath, io.cwd), { id: "internalError", data: { message: (error as Error)?.message ?? String(error) } }) };
    }
    planned.push(p);
    toWorkers(p);
  }
  if (builtin && cache !== undefined) {
    const misses = planned.filter((p) => "job" in p).length;
    workers = workerCount(options.concurrency, misses);
    pool = await createPoolFor(workers);
    size = batchSize(misses, Math.max(1, workers));
    for (const p of planned) toWorkers(p);
  }
  sendBatch();
  progress = createProgress(io.stderr, io.env, planned.length, options.quiet);
  // Files linted in this thread go one after another (their content is read only when their turn comes).
  let inThread: Promise<unknown> = Promise.resolve();
  const answerFor = (job: LintJob): Promise<PoolAnswer> => {
    const fromPool = answers.get(job);
    if (fromPool !== undefined) return fromPool;
    const next = inThread.then(() => lintFile(job, ruleMap).catch((error: unknown): PoolAnswer => ({ internalError: (error as Error)?.message ?? String(error) })));
    inThread = next;
    return next;
  };
  const outcomeOf = (job: LintJob, answer: PoolAnswer): LintOutcome => {
    if ("result" in answer) return answer;
    if ("internalError" in answer) return bugOutcome(job.filePath, job.shown, { id: "internalError", data: { message: answer.internalError } });
    return bugOutcome(job.filePath, job.shown, { id: "workerCrashed", data: { message: answer.crashed } });
  };
  // Lines and results are printed in input order, whichever file finishes first.
  const settled: (LintOutcome | undefined)[] = [];
  let printed = 0;
  const report = (outcome: LintOutcome, key: string | undefined) => {
    for (const notice of outcome.notices) say(notice.subject, notice.text);
    if (outcome.bug) io.stderr.write(`${words({ id: "pleaseReport", data: { url: BUG_URL } })}\n`);
    results.push(outcome.result);
    if (outcome.failed) inputError = true;
    if (outcome.stdout !== undefined) stdinOutput = outcome.stdout;
    // With --fix, a result whose fixes were written is not kept: the file has changed since.
    const clean = !outcome.failed && outcome.notices.length === 0 && !(options.fix && outcome.result.output !== undefined);
    if (cache !== undefined && key !== undefined && clean) cache.set(outcome.result.filePath, key, outcome.result);
  };
  try {
    await Promise.all(
      planned.map(async (p, i) => {
        const outcome = "outcome" in p ? p.outcome : outcomeOf(p.job, await answerFor(p.job));
        settled[i] = outcome;
        progress?.tick();
        for (; printed < planned.length && settled[printed] !== undefined; printed++) {
          const done = planned[printed]!;
          report(settled[printed]!, "key" in done ? done.key : undefined);
        }
      }),
    );
  } finally {
    progress?.clear();
    progress = undefined;
    await pool?.close();
  }
  state.current = "";
  if (skipped.count > 0) {
    const types = skipped.extensions.slice(0, 5).join(", ") + (skipped.extensions.length > 5 ? " …" : "");
    io.stderr.write(`reportlint: ${words({ id: "skippedTypes", data: { count: skipped.count, types } })}\n`);
  }
  if (cache !== undefined) {
    await cache.save().catch((error: unknown) => tell(displayPath(cache.path, io.cwd), { id: "cacheNotWritten", data: { reason: words(ioErrorReason(error)) } }));
  }

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
    fixDryRun: options.fixDryRun,
  });
  if (options.outputFile !== undefined) {
    const out = resolve(io.cwd, options.outputFile);
    try {
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, text);
    } catch (error) {
      tell(displayPath(out, io.cwd), { id: "cannotWriteReport", data: { reason: words(ioErrorReason(error)) } });
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
    io.stderr.write(`reportlint: ${words({ id: "tooManyWarnings", data: { count: warningCount, max: options.maxWarnings } })}\n`);
    return EXIT.lintErrors;
  }
  return EXIT.ok;
}

async function init(io: CliIo, say: (subject: string, reason: string) => void, locale: Locale): Promise<number> {
  for (const name of [...CONFIG_FILE_NAMES]) {
    const existing = await stat(join(io.cwd, name)).then(() => true, () => false);
    if (existing) {
      say(name, runMessage(locale, { id: "configExists" }));
      return EXIT.failure;
    }
  }
  const path = join(io.cwd, CONFIG_FILE_NAMES[0]);
  try {
    await writeFile(path, STARTER_CONFIG, { flag: "wx" });
  } catch (error) {
    say(CONFIG_FILE_NAMES[0], runMessage(locale, { id: "cannotCreate", data: { reason: runMessage(locale, ioErrorReason(error)) } }));
    return EXIT.failure;
  }
  io.stdout.write(`${localize(HELP_MESSAGES, locale, "created", { file: CONFIG_FILE_NAMES[0] })}\n`);
  return EXIT.ok;
}
