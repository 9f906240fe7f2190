import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serialize } from "node:v8";
import type { FileResult } from "./formatters/types.js";

/** The cache file written in the current folder unless --cache-location names another. */
export const DEFAULT_CACHE_LOCATION = ".reportlintcache";

// Bumped when the shape of an entry changes: older files are then simply not used.
const FORMAT = 1;

interface CacheEntry {
  readonly key: string;
  readonly result: FileResult;
}

/** A hash of a file's content. */
export function contentHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The key of a result: everything that changes what linting a file prints (its content, the
 * resolved config, the options that change output, the engine). Serialized as structured clone
 * does, so that a RegExp in a rule's options counts (JSON would write it as {}).
 */
export function cacheKey(parts: { content: string; config: unknown; options: unknown; engine: string }): string {
  return createHash("sha256").update(serialize([parts.content, parts.config, parts.options, parts.engine])).digest("hex");
}

/**
 * The CLI version and the built code of the engine, rules, readers and this module: rules rebuilt
 * under the same version (between releases, in this repo) do not reuse old results.
 */
export function engineFingerprint(version: string): string {
  const hash = createHash("sha256").update(version);
  for (const url of [import.meta.url, ...["@reportlint/core", "@reportlint/rules", "@reportlint/readers"].map((spec) => resolveOrSelf(spec))]) {
    try {
      hash.update(readFileSync(fileURLToPath(url)));
    } catch {
      hash.update(url);
    }
  }
  return hash.digest("hex");
}

function resolveOrSelf(spec: string): string {
  try {
    return import.meta.resolve(spec);
  } catch {
    return spec;
  }
}

/** Results of earlier runs by file path, reused when the key is the same. */
export class ResultCache {
  private readonly entries: Map<string, CacheEntry>;
  private changed = false;

  private constructor(
    readonly path: string,
    entries: Map<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Reads the cache file; one that is missing, unreadable or corrupt is an empty cache (rewritten on save). */
  static async load(path: string): Promise<ResultCache> {
    const entries = new Map<string, CacheEntry>();
    try {
      const data = JSON.parse(await readFile(path, "utf8")) as { format?: unknown; entries?: unknown };
      if (data.format === FORMAT && data.entries !== null && typeof data.entries === "object") {
        for (const [file, entry] of Object.entries(data.entries as Record<string, CacheEntry>)) {
          if (typeof entry?.key === "string" && typeof entry.result === "object" && entry.result !== null && Array.isArray(entry.result.messages)) {
            entries.set(file, entry);
          }
        }
      }
    } catch {
      // Missing or corrupt: start empty.
    }
    return new ResultCache(path, entries);
  }

  get(filePath: string, key: string): FileResult | undefined {
    const entry = this.entries.get(filePath);
    return entry?.key === key ? entry.result : undefined;
  }

  set(filePath: string, key: string, result: FileResult): void {
    this.entries.set(filePath, { key, result });
    this.changed = true;
  }

  /** Writes the cache when it changed: to a temporary file renamed over it, never half-written. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const temp = join(dirname(this.path), `.${basename(this.path)}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(temp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) }));
      await rename(temp, this.path);
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }
}
