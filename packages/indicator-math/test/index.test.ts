// The public API: every runtime export of src/index.ts is called or read by some test file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const here = import.meta.dirname;

function testSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return testSources(path);
      return e.name.endsWith(".test.ts") && e.name !== "index.test.ts" ? readFileSync(path, "utf8") : "";
    })
    .join("\n");
}

describe("public API", () => {
  const sources = testSources(here);

  it.each(Object.keys(api).sort())("%s is exercised by a test", (name) => {
    const value = (api as Record<string, unknown>)[name];
    const used = typeof value === "function" ? new RegExp(`\\b${name}\\(`).test(sources) : new RegExp(`\\b${name}\\b`).test(sources);
    expect(used, `${name} is exported but no test uses it`).toBe(true);
  });

  it("index.ts only re-exports", () => {
    const index = readFileSync(join(here, "../src/index.ts"), "utf8");
    const statements = index.split(/;\s*\n/u).map((s) => s.trim()).filter(Boolean);
    for (const s of statements) expect(s).toMatch(/^export (type )?\{[^}]*\} from "\.\/[a-z-]+\.js"$/u);
  });

  it("exports the entry points other packages use", () => {
    expect(typeof api.checkRate).toBe("function");
    expect(typeof api.checkPartWhole).toBe("function");
    expect(typeof api.findIndicator).toBe("function");
  });
});
