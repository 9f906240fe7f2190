import { dirname, relative, sep } from "node:path";
import type { Config, ConfigOverride } from "@reportlint/report-model";
import picomatch from "picomatch";
import type { LoadedConfig } from "./config-files.js";

/** An override block as a config layer: its settings without `files`. */
function asLayer({ files: _files, ...settings }: ConfigOverride): Config {
  return settings;
}

/** Whether an override's patterns match a path relative to the config's folder (posix separators). */
function matches(override: ConfigOverride, relativePath: string): boolean {
  const name = relativePath.slice(relativePath.lastIndexOf("/") + 1);
  // A pattern without "/" matches the file name in any folder, as in .gitignore (picomatch's own
  // `basename` option also changes how patterns with a slash match, so it is not used).
  return [override.files].flat().some((pattern) => picomatch(pattern, { dot: true })(pattern.includes("/") ? relativePath : name));
}

/**
 * The config layers that apply to a file, for resolveConfig: the config itself, then each override
 * block whose `files` match the file's path relative to the config file's folder, in order. Blocks
 * that are not well-formed are left to resolveConfig, which reports them with the rest of the config.
 */
export function configLayersFor(loaded: LoadedConfig, filePath: string): Config[] {
  const { config } = loaded;
  const overrides = (config as { overrides?: unknown }).overrides;
  if (loaded.path === null || !Array.isArray(overrides)) return [config];
  const relativePath = relative(dirname(loaded.path), filePath).split(sep).join("/");
  const layers: Config[] = [config];
  for (const block of overrides as unknown[]) {
    if (!isWellFormed(block)) continue;
    if (!relativePath.startsWith("../") && matches(block, relativePath)) layers.push(asLayer(block));
  }
  return layers;
}

function isWellFormed(block: unknown): block is ConfigOverride {
  if (typeof block !== "object" || block === null) return false;
  const files = (block as { files?: unknown }).files;
  return typeof files === "string" ? files !== "" : Array.isArray(files) && files.length > 0 && files.every((f) => typeof f === "string" && f !== "");
}
