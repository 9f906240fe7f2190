import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";

/** A config file edit that could not be made, with the reason to show. */
export class ConfigEditError extends Error {
  override name = "ConfigEditError";
}

interface OverrideBlock {
  files: string | string[];
  rules?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The config object with `ruleId` off for `file` in an `overrides` block of its own (reused if there). */
export function withRuleOffForFile(config: Record<string, unknown>, file: string, ruleId: string): Record<string, unknown> {
  const overrides: OverrideBlock[] = Array.isArray(config.overrides) ? [...(config.overrides as OverrideBlock[])] : [];
  const own = overrides.findIndex((b) => [b.files].flat().length === 1 && [b.files].flat()[0] === file && Object.keys(b).every((k) => k === "files" || k === "rules"));
  if (own === -1) overrides.push({ files: [file], rules: { [ruleId]: "off" } });
  else overrides[own] = { ...overrides[own]!, rules: { ...overrides[own]!.rules, [ruleId]: "off" } };
  return { ...config, overrides };
}

async function writeAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temp, text);
  await rename(temp, path);
}

/**
 * Turns a rule off for one file in the config that applies to it: `configPath` a JSON config or a
 * package.json ("reportlint" key), or null to create reportlint.config.json in `folderForNew`.
 * Returns the config file written. A JS config is code and is never rewritten: ConfigEditError.
 */
export async function disableRuleForFile(configPath: string | null, folderForNew: string, filePath: string, ruleId: string): Promise<string> {
  const path = configPath ?? join(folderForNew, "reportlint.config.json");
  if (!path.endsWith(".json")) {
    throw new ConfigEditError(`${basename(path)} is a JavaScript config; add {"files": ["…"], "rules": {"${ruleId}": "off"}} to its "overrides" by hand`);
  }
  const file = relative(dirname(path), filePath).split(sep).join("/");
  if (configPath === null) {
    await writeFile(path, `${JSON.stringify(withRuleOffForFile({}, file, ruleId), null, 2)}\n`, { flag: "wx" });
    return path;
  }
  const text = await readFile(path, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new ConfigEditError(`${basename(path)} is not valid JSON; fix it first`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(data)) throw new ConfigEditError(`${basename(path)} does not hold an object`);
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  let next: Record<string, unknown>;
  if (basename(path) === "package.json") {
    if (!isObject(data.reportlint)) throw new ConfigEditError('package.json has no "reportlint" object');
    next = { ...data, reportlint: withRuleOffForFile(data.reportlint, file, ruleId) };
  } else {
    next = withRuleOffForFile(data, file, ruleId);
  }
  await writeAtomic(path, `${JSON.stringify(next, null, indent)}\n`);
  return path;
}
