import type { Locale } from "@reportlint/report-model";
import { HELP_MESSAGES } from "./i18n/help.js";
import { localize } from "./i18n/localize.js";

// In a module of their own, so `reportlint --version` and the crash handler load nothing else.
export { BUG_URL, cliVersion } from "./version.js";

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
