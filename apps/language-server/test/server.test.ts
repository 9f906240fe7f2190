// The real server over stdio, driven by a JSON-RPC client: no mocks.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyFixes, lint, resolveConfig } from "@reportlint/core";
import { readFixture } from "@reportlint/fixtures";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, InitializeResult, TextEdit } from "vscode-languageserver-protocol";
import { afterEach, describe, expect, it } from "vitest";
import { startClient, type TestClient } from "./client.js";

const SEED = readFixture("seeds", "wancheng-hrss-2025.txt");
let client: TestClient | undefined;

afterEach(async () => {
  client?.child.kill();
  await client?.exited;
  client = undefined;
});

function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "rl-lsp-"));
  writeFileSync(join(dir, ".git"), "gitdir: elsewhere\n");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function start(dir: string, initializationOptions: object = {}): Promise<{ c: TestClient; init: InitializeResult }> {
  const c = startClient();
  client = c;
  const init = await c.connection.sendRequest<InitializeResult>("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "w" }],
    capabilities: {},
    initializationOptions: { debounceMs: 20, ...initializationOptions },
  });
  await c.connection.sendNotification("initialized", {});
  return { c, init };
}

function open(c: TestClient, uri: string, text: string, languageId = "plaintext", version = 1) {
  return c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create("file:///x", "plaintext", 1, text), edits);
}

describe("language server over stdio", () => {
  it("publishes findings at LSP ranges, follows edits, offers quick fixes, and exits 0", async () => {
    const dir = project({ "r.txt": SEED });
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    const { c, init } = await start(dir);
    expect(init.capabilities.codeActionProvider).toBeTruthy();

    await open(c, uri, SEED);
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    const doc = TextDocument.create(uri, "plaintext", 1, SEED);
    const [heading] = byRule(first.diagnostics, "heading-sequence");
    const [sum] = byRule(first.diagnostics, "sum-mismatch");
    expect(heading, "heading-sequence finding").toBeDefined();
    expect(sum, "sum-mismatch finding").toBeDefined();
    // The repeated 二、 of line 46 (0-based 45), and the total of the broken sum on line 27.
    expect(doc.getText(heading!.range)).toBe("二、存在的问题");
    expect(heading!.range.start).toEqual({ line: 45, character: 0 });
    expect(doc.getText(sum!.range)).toContain("67件");
    expect(heading!.source).toBe("reportlint");
    expect(heading!.codeDescription?.href).toMatch(/heading-sequence/);

    // A quick fix: its edit, applied, gives the text the finding's fix describes.
    const boiler = byRule(first.diagnostics, "web-boilerplate")[0]!;
    const actions = await c.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: boiler.range,
      context: { diagnostics: [boiler] },
    });
    const quick = actions.find((a) => a.kind === "quickfix" && a.edit);
    expect(quick, "a quick fix with an edit").toBeDefined();
    // The same finding linted here (the server's fixes stay in the server; `data` only names them).
    const ours = lint(SEED, { config: resolveConfig([]) }).diagnostics.find((d) => d.ruleId === "web-boilerplate")!.suggestions![0]!.fix;
    expect(applyEdits(SEED, quick!.edit!.changes![uri]!)).toBe(applyFixes(SEED, [ours]).output);
    expect(actions.some((a) => a.command?.command === "reportlint.disableRuleForFile")).toBe(true);
    // The same diagnostic as if from another publication: no edit, since its finding is not known.
    const other = { ...boiler, data: { ...(boiler.data as object), version: 0 } };
    const stale = await c.connection.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri }, range: boiler.range, context: { diagnostics: [other] } });
    expect(stale.filter((a) => a.edit)).toEqual([]);

    // Renumbering the heading and the one after it, as the message asks: the finding goes.
    const one = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
    await c.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: one(51), text: "四" },
        { range: one(45), text: "三" },
      ],
    });
    const second = await c.diagnostics(uri, (p) => p.version === 2);
    expect(byRule(second.diagnostics, "heading-sequence")).toEqual([]);
    expect(byRule(second.diagnostics, "sum-mismatch")).toHaveLength(1);

    await c.connection.sendRequest("shutdown");
    await c.connection.sendNotification("exit");
    expect(await c.exited).toBe(0);
  });

  it("survives bad requests, and publishes the last version after 50 rapid changes", async () => {
    const dir = project();
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    const { c } = await start(dir);
    await expect(c.connection.sendRequest("reportlint/noSuchMethod", {})).rejects.toThrow();
    // Malformed params: an error answer (from the protocol layer), and the server goes on.
    await expect(c.connection.sendRequest("textDocument/hover", { nonsense: true })).rejects.toThrow();
    await expect(c.connection.sendRequest("textDocument/codeAction", { textDocument: {} })).resolves.toEqual([]);
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri: `${uri}.unopened`, version: 3 }, contentChanges: [{ text: "x" }] });

    await open(c, uri, "标题\n");
    let text = "标题\n";
    for (let v = 2; v <= 51; v++) {
      text += v === 51 ? "\n一、工作\n二、问题\n二、计划\n" : "。";
      await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    }
    const last = await c.diagnostics(uri, (p) => p.version === 51);
    expect(byRule(last.diagnostics, "heading-sequence")).toHaveLength(1);
    // Nothing older than the last version was published after it.
    const after = c.published.slice(c.published.indexOf(last)).filter((p) => p.uri === uri);
    expect(after.every((p) => p.version === 51)).toBe(true);
    // Still answering.
    await expect(c.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })).resolves.toBeNull();
  });

  it("with REPORTLINT_LSP_TIMINGS=1, tells when each stage of a lint ended", async () => {
    const dir = project();
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    const c = startClient({ REPORTLINT_LSP_TIMINGS: "1" });
    client = c;
    const timings = new Promise<{ uri: string; version: number; stages: [string, number][]; lintCpuMs?: number }>((resolve) => c.connection.onNotification("reportlint/timings", resolve));
    await c.connection.sendRequest("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    await c.connection.sendNotification("initialized", {});
    await open(c, uri, "一、工作\n二、问题\n二、计划\n");
    const t = await timings;
    expect(t).toMatchObject({ uri, version: 1 });
    expect(t.stages.map(([name]) => name)).toEqual(["changed", "debounced", "config", "lint start", "linted", "worker posts", "result back", "converted", "written"]);
    const times = t.stages.map(([, at]) => at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(t.lintCpuMs).toBeGreaterThanOrEqual(0);
  });

  it("shows the arithmetic of a number finding on hover", async () => {
    const dir = project();
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    const { c } = await start(dir);
    await open(c, uri, SEED);
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    const rate = byRule(first.diagnostics, "sum-mismatch")[0]!;
    expect(rate).toBeDefined();
    const hover = await c.connection.sendRequest<{ contents: { value: string } } | null>("textDocument/hover", { textDocument: { uri }, position: rate.range.start });
    expect(hover?.contents.value).toMatch(/\| expression \|/);
  });

  it("reads the workspace config, reloads it when it changes, and writes a rule off for one file", async () => {
    const dir = project({ "reportlint.config.json": '{ "rules": { "heading-sequence": "off" } }\n' });
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    const { c } = await start(dir);
    await open(c, uri, "一、工作\n二、问题\n二、计划\n");
    const off = await c.diagnostics(uri, (p) => p.version === 1);
    expect(byRule(off.diagnostics, "heading-sequence")).toEqual([]);

    writeFileSync(join(dir, "reportlint.config.json"), '{ "rules": { "heading-sequence": "error" } }\n');
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(join(dir, "reportlint.config.json")).href, type: 2 }] });
    await c.diagnostics(uri, (p) => byRule(p.diagnostics, "heading-sequence").length === 1);

    await c.connection.sendRequest("workspace/executeCommand", { command: "reportlint.disableRuleForFile", arguments: [uri, "heading-sequence"] });
    const written = JSON.parse(readFileSync(join(dir, "reportlint.config.json"), "utf8"));
    expect(written).toEqual({ rules: { "heading-sequence": "error" }, overrides: [{ files: ["r.txt"], rules: { "heading-sequence": "off" } }] });
    const before = c.published.length;
    await c.diagnostics(uri, (p) => c.published.indexOf(p) >= before && byRule(p.diagnostics, "heading-sequence").length === 0);
  });

  it("checks reportlint.config.json and completes rule ids in it", async () => {
    const dir = project();
    const uri = pathToFileURL(join(dir, "reportlint.config.json")).href;
    const { c } = await start(dir);
    const text = '{\n  "rules": {\n    "heading-sequense": "error",\n    "\n  }\n}\n';
    await open(c, uri, '{\n  "rules": { "heading-sequense": "error" }\n}\n', "json");
    const checked = await c.diagnostics(uri, (p) => p.version === 1);
    expect(checked.diagnostics).toHaveLength(1);
    expect(checked.diagnostics[0]!.message).toMatch(/heading-sequence/);
    expect(checked.diagnostics[0]!.range.start.line).toBe(1);
    await c.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const items = await c.connection.sendRequest<{ label: string }[]>("textDocument/completion", { textDocument: { uri }, position: { line: 3, character: 5 } });
    expect(items.map((i) => i.label)).toContain("sum-mismatch");
    const outside = await c.connection.sendRequest<{ label: string }[]>("textDocument/completion", { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(outside).toEqual([]);
  });
});
