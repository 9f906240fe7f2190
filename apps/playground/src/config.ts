import type { Config } from "@reportlint/report-model";
import type { LintSettings } from "./protocol.js";

/**
 * The page's settings as a reportlint.config.json the CLI accepts: only what differs from the
 * defaults (no `extends`: a config starts from the recommended rules, as the page does). `today` is
 * not a config setting (the CLI's --today).
 */
export function toConfig(settings: LintSettings): Config {
  const config: { reportYear?: number; profile?: string; rules?: Record<string, "off" | "warn" | "error"> } = {};
  if (settings.reportYear !== undefined) config.reportYear = settings.reportYear;
  if (settings.profile !== undefined && settings.profile !== "") config.profile = settings.profile;
  const ids = Object.keys(settings.rules).sort();
  if (ids.length > 0) config.rules = Object.fromEntries(ids.map((id) => [id, settings.rules[id]!]));
  return config;
}
