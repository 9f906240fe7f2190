import { readFile, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type { Config, Locale } from "@reportlint/report-model";
import { CONFIG_MESSAGES } from "./messages.js";
import { localize } from "@reportlint/rules";

/** Config file names looked for in each directory, in this order (then package.json's "reportlint" key). */
export const CONFIG_FILE_NAMES = ["reportlint.config.json", "reportlint.config.js", "reportlint.config.mjs"] as const;

/** How long a JS config may take to load (top-level await, a Promise default export) before it is refused. */
export const CONFIG_LOAD_TIMEOUT_MS = 10_000;

/** How configs are loaded. */
export interface ConfigLoadOptions {
  /** Milliseconds a JS config may take to load; CONFIG_LOAD_TIMEOUT_MS by default. */
  readonly timeoutMs?: number;
  /** The language of the problems (zh by default). */
  readonly locale?: Locale;
}

/** A config as found on disk (not validated yet: resolveConfig does that). */
export interface LoadedConfig {
  /** Where it came from; null when no config file was found. */
  readonly path: string | null;
  readonly config: Config;
}

type Words = (id: keyof (typeof CONFIG_MESSAGES)["zh"], data?: Record<string, string | number>) => string;
const wordsFor =
  (locale: Locale = "zh"): Words =>
  (id, data) =>
    localize(CONFIG_MESSAGES, locale, id, data);

/** A config file that cannot be read or parsed. */
export class ConfigLoadError extends Error {
  override name = "ConfigLoadError";
  /** Every problem found, one a line (a config with three mistakes shows all three). */
  readonly problems: readonly string[];
  constructor(
    readonly path: string,
    message: string,
    problems: readonly string[] = [message],
  ) {
    super(message);
    this.problems = problems;
  }
}

/**
 * A config that loaded but does not check out: core's problems (in English) framed in the locale,
 * one a line.
 */
export function invalidConfigError(path: string, problems: readonly string[], locale?: Locale): ConfigLoadError {
  const say = wordsFor(locale);
  const framed = problems.map((problem) => say("problem", { problem }));
  return new ConfigLoadError(path, framed.join("; "), framed);
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function jsonError(text: string, error: unknown, say: Words): string {
  const message = (error as Error).message;
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return say("invalidJson", { message });
  const before = text.slice(0, Number(position[1]));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return say("invalidJsonAt", { line, column, message });
}

async function readJson(path: string, say: Words): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigLoadError(path, say("cannotRead", { reason: (error as Error).message }));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    throw new ConfigLoadError(path, jsonError(text, error, say));
  }
}

/** Thrown instead of exiting when a JS config calls process.exit while it loads. */
class ExitCalled extends Error {}

/**
 * Runs a JS config module (its code runs: that is what a JS config is) and returns its config. A
 * module that never settles, or whose default export is a Promise that never settles, is refused
 * after `timeoutMs`; a call to process.exit while it loads is refused instead of ending the run.
 */
async function importConfig(path: string, timeoutMs: number, say: Words): Promise<Config> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const reason = say("timeout", { seconds: timeoutMs / 1000 });
    timer = setTimeout(() => reject(new ConfigLoadError(path, say("cannotLoad", { reason }))), timeoutMs);
  });
  // Kept as a descriptor, so the very same function is put back.
  const exit = Object.getOwnPropertyDescriptor(process, "exit");
  process.exit = (code?: string | number | null): never => {
    throw new ExitCalled(say("exitCalled", { code: code ?? "" }));
  };
  try {
    const module = (await Promise.race([import(pathToFileURL(path).href), timeout])) as { default?: unknown };
    const exported = "default" in module ? module.default : module;
    // A Promise default export (export default loadSettings()) is awaited.
    return (await Promise.race([Promise.resolve(exported), timeout])) as Config;
  } catch (error) {
    if (error instanceof ConfigLoadError) throw error;
    const reason =
      (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" && !(await isFile(path)) ? say("noSuchFile") : (error as Error).message;
    throw new ConfigLoadError(path, say("cannotLoad", { reason }));
  } finally {
    if (exit) Object.defineProperty(process, "exit", exit);
    clearTimeout(timer);
  }
}

/** Reads one config file: JSON, a JS/ESM module (default export), or package.json's "reportlint" key. */
export async function loadConfigFile(path: string, options: ConfigLoadOptions = {}): Promise<LoadedConfig> {
  const say = wordsFor(options.locale);
  if (path.endsWith(".js") || path.endsWith(".mjs") || path.endsWith(".cjs")) {
    return { path, config: await importConfig(path, options.timeoutMs ?? CONFIG_LOAD_TIMEOUT_MS, say) };
  }
  if (!(await isFile(path))) throw new ConfigLoadError(path, say("cannotRead", { reason: say("noSuchFile") }));
  const data = await readJson(path, say);
  if (basename(path) === "package.json") {
    const key = (data as Record<string, unknown> | null)?.reportlint;
    if (key === undefined) throw new ConfigLoadError(path, say("noKey"));
    return { path, config: key as Config };
  }
  return { path, config: data as Config };
}

/** Whether a folder is a project root: it holds a `.git` folder or file (a worktree or submodule). */
async function isProjectRoot(dir: string): Promise<boolean> {
  return stat(join(dir, ".git")).then(
    () => true,
    () => false,
  );
}

/** Where the search for a file's config starts and where it must stop. */
export interface ConfigFinderOptions extends ConfigLoadOptions {
  /**
   * The current folder. Without a `.git` above a file, the search never goes above this folder (or
   * above the file's own folder when the file lies outside it), so a config dropped in a parent
   * folder never applies, and never runs.
   */
  readonly cwd: string;
}

/**
 * Finds and caches the config of each directory: the nearest one from the file's folder up to the
 * project root, never above it. The project root is the nearest folder with a `.git` entry; without
 * one, the current folder (for files inside it) or the file's own folder.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<LoadedConfig>>();
  private readonly roots = new Map<string, Promise<boolean>>();

  constructor(private readonly options: ConfigFinderOptions) {}

  /** Forgets every config and project root found so far (a config file changed on disk). */
  clear(): void {
    this.cache.clear();
    this.roots.clear();
  }

  /** The config that applies to a file. */
  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDirectory(dirname(filePath));
  }

  /** The config that applies to files in a directory. */
  forDirectory(dir: string): Promise<LoadedConfig> {
    const inCwd = relative(this.options.cwd, dir);
    const ceiling = inCwd === "" || (!inCwd.startsWith("..") && !isAbsolute(inCwd)) ? this.options.cwd : dir;
    return this.search(dir, ceiling);
  }

  private isRoot(dir: string): Promise<boolean> {
    let known = this.roots.get(dir);
    if (!known) {
      known = isProjectRoot(dir);
      this.roots.set(dir, known);
    }
    return known;
  }

  private search(dir: string, ceiling: string): Promise<LoadedConfig> {
    const key = `${dir}\0${ceiling}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.searchUncached(dir, ceiling);
      this.cache.set(key, found);
    }
    return found;
  }

  private async searchUncached(dir: string, ceiling: string): Promise<LoadedConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (await isFile(path)) return loadConfigFile(path, this.options);
    }
    const pkg = join(dir, "package.json");
    if (await isFile(pkg)) {
      // Another project's package.json that does not parse is none of our business.
      const data = await readJson(pkg, wordsFor(this.options.locale)).catch(() => undefined);
      const key = (data as Record<string, unknown> | null | undefined)?.reportlint;
      if (key !== undefined) return { path: pkg, config: key as Config };
    }
    const parent = dirname(dir);
    const stop = parent === dir || (await this.isRoot(dir)) || (dir === ceiling && !(await this.hasRootAbove(dir)));
    return stop ? { path: null, config: {} } : this.search(parent, ceiling);
  }

  /** Whether a `.git` lies above this folder (then the project root, not the ceiling, ends the search). */
  private async hasRootAbove(dir: string): Promise<boolean> {
    for (let at = dirname(dir), previous = dir; at !== previous; previous = at, at = dirname(at)) {
      if (await this.isRoot(at)) return true;
    }
    return false;
  }
}
