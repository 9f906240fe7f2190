// The browser entry (`@reportlint/readers/browser`): the same readers for .txt, .md and .docx, and
// an import graph that never reaches pdf.js, the HTML parser or a Node built-in, so a page bundling
// it stays small and runs in a browser (the playground bundles it).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as browser from "../src/browser.js";
import { encodeText, readReport } from "../src/index.js";
import { para, rawDocx } from "./docx-helpers.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const TEXT = "某区2024年法治政府建设年度报告\n一、主要举措\n全年办理案件12件。\n";

/** Every module specifier `file` imports, statically or dynamically. */
function specifiers(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The source files reachable from `entry`, and the packages they import. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of specifiers(file)) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the browser entry", () => {
  it("reaches neither pdf.js, the HTML reader nor Node built-ins", () => {
    const { files, packages } = importGraph(join(SRC, "browser.ts"));
    const reached = [...files].map((f) => f.slice(SRC.length));
    expect(reached).toContain("docx/read-docx.ts");
    expect(reached.filter((f) => f.startsWith("pdf/") || f.startsWith("html/"))).toEqual([]);
    expect([...packages].sort()).toEqual(["fflate", "saxes"]);
  });

  it("reads text in any encoding, Markdown and .docx as readReport does", async () => {
    const gb = encodeText(TEXT, "gb18030");
    if (!gb.ok) throw new Error(gb.error.message);
    const docx = rawDocx(TEXT.trimEnd().split("\n").map((line) => para(line)).join(""));
    for (const [bytes, name] of [[gb.bytes, "a.txt"], [new TextEncoder().encode(`# ${TEXT}`), "a.md"], [docx, "a.docx"]] as const) {
      const [ours, full] = [await browser.readBrowserReport(bytes, name), await readReport(bytes, name)];
      expect(ours.ok).toBe(true);
      if (!ours.ok || !full.ok) continue;
      expect({ text: ours.source.text, kind: ours.source.kind, encoding: ours.source.encoding }).toEqual({
        text: full.source.text,
        kind: full.source.kind,
        encoding: full.source.encoding,
      });
    }
    const read = await browser.readBrowserReport(docx, "a.docx");
    expect(read.ok && read.source.text.startsWith("某区2024年")).toBe(true);
  });

  it("refuses .pdf and .html files with a hint instead of decoding them as text", async () => {
    for (const name of ["a.pdf", "a.html", "a.HTM", "a.xhtml"]) {
      const read = await browser.readBrowserReport(new TextEncoder().encode("<p>某区</p>"), name);
      expect(read).toMatchObject({ ok: false, error: { code: "unsupported-format", message: expect.stringContaining("command line") as unknown } });
    }
  });
});
