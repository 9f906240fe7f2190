import { resolveConfig } from "@reportlint/core";
import type { Diagnostic } from "@reportlint/report-model";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { checkConfigDocument, configCompletions } from "../src/config-document.js";
import { findingDataOf, toLspDiagnostic } from "../src/convert.js";
import { withRuleOffForFile } from "../src/disable-rule.js";
import { hoverMarkdown } from "../src/hover.js";
import { LintRunner, Superseded } from "../src/lint-runner.js";
import { readSettings } from "../src/settings.js";

const finding = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: "sum-mismatch",
  severity: "error",
  messageId: "m",
  data: {},
  message: "合计不符",
  span: [0, 1],
  range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
  ...over,
});

describe("LSP ranges", () => {
  it("count UTF-16 units on the right line with CRLF line ends and characters outside the BMP", () => {
    const text = "第一行\r\n𠀀𠀀合计3件\r\n";
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, text);
    const start = text.indexOf("合计");
    const lsp = toLspDiagnostic(doc, finding({ span: [start, start + 2], url: "https://x/docs/sum-mismatch" }), 4);
    expect(lsp.range).toEqual({ start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
    expect(lsp).toMatchObject({ code: "sum-mismatch", source: "reportlint", severity: 1, codeDescription: { href: "https://x/docs/sum-mismatch" } });
    expect(toLspDiagnostic(doc, finding({ severity: "info" }), 0).severity).toBe(3);
    expect(toLspDiagnostic(doc, finding({ severity: "warning" }), 0).severity).toBe(2);
  });

  it("carry which finding of which publication they are, and nothing of its fixes or details", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 7, "合计3件\n");
    const fix = { span: [0, 4] as [number, number], text: "合计4件" };
    const lsp = toLspDiagnostic(doc, finding({ fix, suggestions: [{ messageId: "m", data: {}, message: "改", fix }], details: { printed: "3" } }), 2);
    expect(lsp.data).toEqual({ ruleId: "sum-mismatch", version: 7, index: 2 });
    expect(findingDataOf(lsp.data)).toEqual({ ruleId: "sum-mismatch", version: 7, index: 2 });
    expect(findingDataOf({ ruleId: "sum-mismatch" })).toBeUndefined();
    expect(findingDataOf(null)).toBeUndefined();
  });
});

describe("hover", () => {
  it("renders the details as a table, and nothing for findings without them", () => {
    const md = hoverMarkdown([finding({ details: { expression: "21 + 27 + 81 = 129", candidates: [], printed: "67" } })]);
    expect(md).toContain("| expression | 21 + 27 + 81 = 129 |");
    expect(md).toContain("| printed | 67 |");
    expect(md).not.toContain("candidates");
    expect(hoverMarkdown([finding()])).toBeUndefined();
  });
});

describe("settings", () => {
  it("keep valid fields and fall back to defaults field by field", () => {
    expect(readSettings(undefined)).toEqual({ enable: true, locale: undefined, rules: {}, debounceMs: 200 });
    expect(readSettings({ enable: false, locale: "fr", debounceMs: 50, rules: { "stale-year": "off" } })).toEqual({
      enable: false,
      locale: undefined,
      rules: { "stale-year": "off" },
      debounceMs: 50,
    });
  });
});

describe("disable a rule for a file", () => {
  it("adds an overrides block, or extends the file's own block", () => {
    const once = withRuleOffForFile({ rules: { a: "error" } }, "报告.txt", "stale-year");
    expect(once).toEqual({ rules: { a: "error" }, overrides: [{ files: ["报告.txt"], rules: { "stale-year": "off" } }] });
    const twice = withRuleOffForFile(once, "报告.txt", "sum-mismatch");
    expect(twice.overrides).toEqual([{ files: ["报告.txt"], rules: { "stale-year": "off", "sum-mismatch": "off" } }]);
    expect(withRuleOffForFile(twice, "其他.txt", "x").overrides).toHaveLength(2);
  });
});

describe("config documents", () => {
  const doc = (text: string) => TextDocument.create("file:///p/reportlint.config.json", "json", 1, text);
  it("report JSON syntax and every config problem at the name it is about", () => {
    expect(checkConfigDocument(doc('{"rules": {"stale-year": "warn"}}'))).toEqual([]);
    const [syntax] = checkConfigDocument(doc('{"rules": '));
    expect(syntax!.message).toMatch(/invalid JSON/);
    const problems = checkConfigDocument(doc('{\n"rules": {"no-such-rule": "warn", "stale-year": "loud"}\n}'));
    expect(problems).toHaveLength(2);
    expect(problems[0]!.range.start.line).toBe(1);
  });
  it("complete rule ids only inside rules", () => {
    const text = '{"rules": {"", "x": 1}, "locale": ""}';
    const inRules = configCompletions(doc(text), { line: 0, character: text.indexOf('""') + 1 });
    expect(inRules.map((i) => i.label)).toEqual(expect.arrayContaining(["sum-mismatch", "heading-sequence"]));
    expect(configCompletions(doc(text), { line: 0, character: text.lastIndexOf('""') + 1 })).toEqual([]);
  });
});

describe("LintRunner", () => {
  it("lints only the latest waiting job of a document", async () => {
    const runner = new LintRunner(undefined);
    const config = resolveConfig([]);
    const job = (text: string) => ({ text, markdown: false, config, today: "2026-12-01" });
    const first = runner.run("a", job("一、工作\n二、问题\n二、计划\n"));
    const replaced = runner.run("b", job("x"));
    const latest = runner.run("b", job("一、工作\n三、计划\n"));
    await expect(replaced).rejects.toBeInstanceOf(Superseded);
    expect((await first).diagnostics.some((d) => d.ruleId === "heading-sequence")).toBe(true);
    expect((await latest).diagnostics.some((d) => d.ruleId === "heading-sequence")).toBe(true);
    await runner.close();
  });
  it("computes the text with every safe fix applied", async () => {
    const runner = new LintRunner(undefined);
    const text = "一、工作\n二、问题\n二、计划\n";
    const { fixed } = await runner.run("a", { text, markdown: false, config: resolveConfig([]), today: "2026-12-01", fixAll: true });
    expect(typeof fixed).toBe("string");
    await runner.close();
  });
});

describe("Markdown documents", () => {
  it("are linted as the CLI lints them: no finding on nothing but masked syntax, no fix touching it", async () => {
    const { runLintJob } = await import("../src/lint-job.js");
    const text = "一、工作\n我局认真开展普法工作。\n\n[法规]: https://example.com/law   \n二、问题\n";
    const config = resolveConfig([{ rules: { "invisible-chars": "warn" } }]);
    const line = text.indexOf("[法规]");
    const onDefinition = (d: Diagnostic) => d.span[0] >= line && d.span[1] <= text.indexOf("\n", line);
    const asMarkdown = runLintJob({ text, markdown: true, config, today: "2026-12-01" }).diagnostics;
    expect(asMarkdown.filter(onDefinition)).toEqual([]);
    // The same text as plain text: its trailing blanks are a finding.
    const asText = runLintJob({ text, markdown: false, config, today: "2026-12-01" }).diagnostics;
    expect(asText.filter(onDefinition).map((d) => d.ruleId)).toContain("invisible-chars");
  });
});
