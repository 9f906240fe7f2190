import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fixtureNames, fixturePath } from "@reportlint/fixtures";
import { readReport } from "@reportlint/readers";
import { rules } from "@reportlint/rules";
import { describe, expect, it } from "vitest";
// The readers' test PDF writer: a non-embedded CJK font with a ToUnicode map (no fonts needed).
import { layoutReport, makePdf } from "../../../packages/readers/test/helpers/pdf-writer.js";
import { cli, put, tempDir, wordsAt, type JsonMessage as Message, LINE_EDGE_RULES } from "./helpers.js";

const lintJson = async (dir: string, file: string) => {
  const r = await cli(["-f", "json", "--today", "2026-01-15", file], { cwd: dir, rules });
  expect(r.stderr).toBe("");
  return ((JSON.parse(r.stdout) as { messages: Message[] }[])[0]?.messages ?? []).filter((m) => !LINE_EDGE_RULES.has(m.ruleId));
};

/**
 * The seed with defects planted in its longest paragraph, so every seed has findings (one has none
 * of its own) inside wrapped lines: an impossible percentage (with spaces around the count) and an
 * unpaired bracket.
 */
function planted(txt: string): string {
  const lines = txt.split("\n");
  const i = lines.reduce((best, line, k) => (line.length > lines[best]!.length ? k : best), 0);
  const line = lines[i]!;
  const at = (share: number) => Math.floor(line.length * share);
  lines[i] = `${line.slice(0, at(1 / 3))}受理投诉举报 15 件，办结率99%。${line.slice(at(1 / 3), at(2 / 3))}（详见附件${line.slice(at(2 / 3))}`;
  return lines.join("\n");
}

/**
 * Lints `txt` as text and as an A4 PDF, compares the findings and the words at their places, and
 * returns the PDF's read text.
 */
async function compareWithPdf(txt: string): Promise<string> {
  // 28 characters a line, 22 lines a page, `— N —` at the foot and a running header on each page.
  const pdf = makePdf(layoutReport(txt, { header: "人力资源和社会保障局文件" }));
  const read = await readReport(pdf, "report.pdf");
  if (!read.ok) throw new Error(read.error.message);
  const pages = new Set(Array.from(read.source.text, (_, i) => read.source.positionMap!.locate(i).page));
  expect(pages.size).toBeGreaterThan(2);
  expect(read.source.text).not.toMatch(/— \d+ —|人力资源和社会保障局文件/u);

  const dir = tempDir();
  const fromTxt = await lintJson(dir, put(dir, "report.txt", txt));
  const fromPdf = await lintJson(dir, put(dir, "report.pdf", pdf));
  // A PDF keeps no indentation: the words compare without the spaces that start a text line.
  const shown = (text: string, ms: Message[]) => ms.map((m) => `${m.ruleId} ${wordsAt(text, m).trim()}`);
  expect(shown(read.source.text, fromPdf)).toEqual(shown(txt, fromTxt));
  for (const m of fromPdf) expect(m.page, m.ruleId).toBeGreaterThanOrEqual(1);
  return read.source.text;
}

/** The text's paragraphs as a PDF shows them: one a line, without indentation or empty lines. */
const paragraphs = (txt: string) =>
  txt
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");

describe("PDF input", () => {
  it.each(fixtureNames("seeds"))("the seed %s printed as an A4 PDF gives the same findings, at the same words, as the text", async (name: string) => {
    const txt = readFileSync(fixturePath("seeds", name), "utf8");
    const read = await compareWithPdf(txt);
    expect(read).toBe(paragraphs(txt));
  });

  it.each(fixtureNames("seeds"))("the seed %s with planted defects gives them at the same words in the PDF", async (name: string) => {
    const txt = planted(readFileSync(fixturePath("seeds", name), "utf8"));
    const read = await compareWithPdf(txt);
    // A space where a line wraps is not in the PDF (no glyph is printed there): that is the one
    // difference between the texts, and it changes no finding.
    const spaceless = (text: string) => text.replace(/ /gu, "");
    expect(spaceless(read)).toBe(spaceless(paragraphs(txt)));
    const dir = tempDir();
    const rulesFound = (await lintJson(dir, put(dir, "report.txt", txt))).map((m) => m.ruleId);
    expect(rulesFound).toContain("unpaired-punctuation");
  });

  it("names each unreadable PDF and why on one line, lints the other files and exits 2", async () => {
    const dir = tempDir();
    const page = { lines: [{ text: "正文。", x: 79, y: 700 }] };
    const whole = makePdf([page]);
    put(dir, "a-good.pdf", makePdf(layoutReport("一、总体情况\n落实“谁执法谁普法责任制。")));
    put(dir, "b-locked.pdf", makePdf([page], { encryption: "password" }));
    put(dir, "c-scan.pdf", makePdf([{ lines: [], image: true }]));
    put(dir, "d-cut.pdf", whole.subarray(0, whole.length >> 1));
    put(dir, "e-good.txt", "一、总体情况\n正文（未完。\n");
    const r = await cli(["-f", "json", "--locale", "en", "."], { cwd: dir, rules });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "reportlint: b-locked.pdf: the PDF is password-protected; save a copy without the password and lint that",
      "reportlint: c-scan.pdf: the PDF has no text layer (a scan?); run OCR first or lint its text",
      "reportlint: d-cut.pdf: the PDF is cut off (no end-of-file marker); get the complete file",
    ]);
    const linted = JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[];
    const found = (end: string) => linted.find((f) => f.filePath.endsWith(end))?.messages.map((m) => `${m.ruleId} p${m.page ?? "-"} ${m.line}:${m.column}`);
    expect(found("a-good.pdf")).toContain("unpaired-punctuation p1 2:3");
    expect(found("e-good.txt")).toContain("unpaired-punctuation p- 2:3");
  });

  it("reads PDFs quietly with the built (bundled) binary, also fonts that need pdf.js's CMaps", () => {
    // The bundle has no @napi-rs/canvas and no pdfjs-dist to resolve: see loadPdfJs and cMapFolder.
    const bin = fileURLToPath(new URL("../bin/reportlint.js", import.meta.url));
    if (!existsSync(fileURLToPath(new URL("../dist/bin.js", import.meta.url)))) throw new Error("apps/cli is not built: run `pnpm --filter @reportlint/cli build` first");
    const dir = tempDir();
    const lines = [
      { text: "一、总体情况", x: 79, y: 700 },
      { text: "落实“谁执法谁普法责任制（未完。", x: 79, y: 672 },
    ];
    put(dir, "identity.pdf", makePdf([{ lines }]));
    put(dir, "ucs2.pdf", makePdf([{ lines }], { predefinedCMap: true }));
    const r = spawnSync(process.execPath, [bin, "-f", "json", "--rule", "unpaired-punctuation:error", "identity.pdf", "ucs2.pdf"], { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const files = JSON.parse(r.stdout) as { messages: Message[] }[];
    expect(files.map((f) => f.messages.map((m) => `${m.ruleId} p${m.page} ${m.line}:${m.column}`))).toEqual([
      ["unpaired-punctuation p1 2:3", "unpaired-punctuation p1 2:13"],
      ["unpaired-punctuation p1 2:3", "unpaired-punctuation p1 2:13"],
    ]);
  });
});
