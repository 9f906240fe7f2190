import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Config } from "@reportlint/report-model";

/** Config file names looked for in each directory, in this order (then package.json's "reportlint" key). */
export const CONFIG_FILE_NAMES = ["reportlint.config.json", "reportlint.config.js", "reportlint.config.mjs"] as const;

/** A config as found on disk (not validated yet: resolveConfig does that). */
export interface LoadedConfig {
  /** Where it came from; null when no config file was found. */
  readonly path: string | null;
  readonly config: Config;
}

/** A config file that cannot be read or parsed. */
export class ConfigLoadError extends Error {
  override name = "ConfigLoadError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function jsonError(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return `invalid JSON at line ${line}, column ${column}: ${message}`;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigLoadError(path, `cannot read the config: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    throw new ConfigLoadError(path, jsonError(text, error));
  }
}

/** Reads one config file: JSON, a JS/ESM module (default export), or package.json's "reportlint" key. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  if (path.endsWith(".js") || path.endsWith(".mjs") || path.endsWith(".cjs")) {
    let module: { default?: Config };
    try {
      module = (await import(pathToFileURL(path).href)) as { default?: Config };
    } catch (error) {
      const reason = (error as { code?: string }).code === "ERR_MODULE_NOT_FOUND" && !(await isFile(path))
        ? "no such file"
        : (error as Error).message;
      throw new ConfigLoadError(path, `cannot load the config: ${reason}`);
    }
    return { path, config: module.default ?? (module as Config) };
  }
  if (!(await isFile(path))) throw new ConfigLoadError(path, "cannot read the config: no such file");
  const data = await readJson(path);
  if (basename(path) === "package.json") {
    const key = (data as Record<string, unknown> | null)?.reportlint;
    if (key === undefined) throw new ConfigLoadError(path, 'package.json has no "reportlint" key');
    return { path, config: key as Config };
  }
  return { path, config: data as Config };
}

/** Finds and caches the config of each directory: the nearest one from the file's folder up to the root. */
export class ConfigFinder {
  private readonly cache = new Map<string, Promise<LoadedConfig>>();

  /** The config that applies to a file. */
  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDirectory(dirname(filePath));
  }

  /** The config that applies to files in a directory. */
  forDirectory(dir: string): Promise<LoadedConfig> {
    let found = this.cache.get(dir);
    if (!found) {
      found = this.search(dir);
      this.cache.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadedConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      if (await isFile(path)) return loadConfigFile(path);
    }
    const pkg = join(dir, "package.json");
    if (await isFile(pkg)) {
      const data = await readJson(pkg);
      const key = (data as Record<string, unknown> | null)?.reportlint;
      if (key !== undefined) return { path: pkg, config: key as Config };
    }
    const parent = dirname(dir);
    return parent === dir ? { path: null, config: {} } : this.forDirectory(parent);
  }
}
