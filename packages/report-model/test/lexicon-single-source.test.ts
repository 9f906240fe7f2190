// The lexicons live once, in src/lexicon: no other package keeps its own copy of a word list (the
// parser once kept its own list of rate names, and the two drifted apart). A copy is an array
// literal elsewhere holding three or more words of one of these lists, most of its words from it.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTE_MARKERS,
  CHANGE_NAMES,
  EXHAUSTIVE_TOTAL_MARKERS,
  INDICATORS,
  LOOSE_TOTAL_MARKERS,
  NEW_TOPIC_MARKERS,
  PARTITIONS,
  RESIDUAL_MARKERS,
  ROLE_WORDS,
  SHARE_WORDS,
  SUBSET_MARKERS,
  UNBOUNDED_RATE_WORDS,
} from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");

const LISTS: Record<string, readonly string[]> = {
  "indicator names": INDICATORS.flatMap((i) => i.names).filter((n) => !CHANGE_NAMES.includes(n) && !SHARE_WORDS.includes(n)),
  "role words": Object.values(ROLE_WORDS).flat(),
  "list markers": [...SUBSET_MARKERS, ...ATTRIBUTE_MARKERS, ...RESIDUAL_MARKERS, ...EXHAUSTIVE_TOTAL_MARKERS, ...LOOSE_TOTAL_MARKERS, ...NEW_TOPIC_MARKERS],
  "change words": CHANGE_NAMES,
  "unbounded rate words": UNBOUNDED_RATE_WORDS,
  "partition members": PARTITIONS.flatMap((p) => p.members.flatMap((m) => m.words)),
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "dist" ? [] : sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const files = ["packages", "apps"]
  .flatMap((top) => readdirSync(join(root, top), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(root, top, e.name, "src")))
  .flatMap((src) => {
    try {
      return sources(src);
    } catch {
      return [];
    }
  })
  .filter((path) => !relative(root, path).startsWith(join("packages", "report-model", "src", "lexicon")));

/** Array literals of a source file with the string literals inside each. */
function arrays(source: string): string[][] {
  const out: string[][] = [];
  for (const match of source.matchAll(/\[([^[\]]*)\]/gu)) {
    const strings = [...match[1]!.matchAll(/"([^"\\]*)"/gu)].map((m) => m[1]!);
    if (strings.length >= 3) out.push(strings);
  }
  return out;
}

describe("lexicons have one source", () => {
  it("finds the sources to check", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const [name, words] of Object.entries(LISTS)) {
    it(`no package copies the ${name}`, () => {
      const set = new Set(words);
      const copies = files.flatMap((path) =>
        arrays(readFileSync(path, "utf8"))
          .filter((strings) => {
            const shared = strings.filter((s) => set.has(s)).length;
            return shared >= 3 && shared * 2 > strings.length;
          })
          .map((strings) => `${relative(root, path)}: [${strings.slice(0, 6).join(", ")}…]`),
      );
      expect(copies).toEqual([]);
    });
  }
});
