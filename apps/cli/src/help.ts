import { readFileSync } from "node:fs";
import type { Locale } from "@reportlint/report-model";
import { HELP_MESSAGES } from "./i18n/help.js";
import { localize } from "./i18n/localize.js";

/** Where to report bugs; printed with unexpected errors. */
export const BUG_URL = "https://github.com/reportlint/reportlint/issues";

/** The CLI's version, from its package.json (read only when asked for). */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/** The --help text in a locale. */
export function helpText(locale: Locale): string {
  return localize(HELP_MESSAGES, locale, "help");
}

/** The starter config written by --init. */
export const STARTER_CONFIG = `${JSON.stringify(
  {
    extends: "recommended",
    profile: "fazhi-annual",
    locale: "zh",
    rules: {},
  },
  null,
  2,
)}\n`;
