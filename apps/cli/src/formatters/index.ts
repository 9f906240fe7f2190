import type { FormatName } from "./names.js";
import type { Formatter } from "./types.js";

// Loaded on demand so a run only pays for the formatter it prints with.
const LOADERS: Readonly<Record<FormatName, () => Promise<Formatter>>> = {
  github: async () => (await import("./github.js")).github,
  html: async () => (await import("./html.js")).html,
  json: async () => (await import("./json.js")).json,
  sarif: async () => (await import("./sarif.js")).sarif,
  stylish: async () => (await import("./stylish.js")).stylish,
  unix: async () => (await import("./unix.js")).unix,
};

/** The formatter for a --format name. */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return LOADERS[name]();
}
