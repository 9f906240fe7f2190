import { readFileSync } from "node:fs";

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
