// The lint worker's warm-up: it lints a bundled sample while idle, never publishes anything, and
// is abandoned for good when real work arrives.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { resolveConfig } from "@reportlint/core";
import type { Diagnostic, InitializeResult } from "vscode-languageserver-protocol";
import { afterEach, describe, expect, it } from "vitest";
import { runLintJob } from "../src/lint-job.js";
import { LintRunner } from "../src/lint-runner.js";
import { startWarmUp, WARM_UP_ROUNDS } from "../src/warm-up.js";
import { WARM_UP_SAMPLE } from "../src/warm-up-sample.js";
import { startClient, type TestClient } from "./client.js";

const BUILT_WORKER = new URL("../dist/lint-worker.js", import.meta.url);
const job = (text: string) => ({ text, markdown: false, config: resolveConfig([]), today: "2026-12-01" });
const HEADINGS = "一、工作\n二、问题\n二、计划\n";

describe("startWarmUp", () => {
  it("runs every round, one per turn of the event loop, when nothing stops it", async () => {
    let lints = 0;
    const warm = startWarmUp(5, () => lints++);
    expect(lints).toBe(0);
    expect(await warm.done).toEqual({ rounds: 5, stopped: false });
    expect(lints).toBe(5);
  });

  it("runs no further round once stopped", async () => {
    let lints = 0;
    const warm = startWarmUp(1_000_000, () => {
      lints++;
      if (lints === 3) warm.stop();
    });
    expect(await warm.done).toEqual({ rounds: 3, stopped: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lints).toBe(3);
  });

  it("ends quietly when a lint fails", async () => {
    const warm = startWarmUp(5, () => {
      throw new Error("broken");
    });
    expect(await warm.done).toEqual({ rounds: 1, stopped: false });
  });

  it("lints a sample that the default config lints without error", () => {
    expect(WARM_UP_SAMPLE.length).toBeGreaterThan(500);
    expect(() => runLintJob(job(WARM_UP_SAMPLE))).not.toThrow();
  });
});

describe("LintRunner.warmUp", () => {
  for (const [mode, url] of [
    ["in this thread", undefined],
    ["on the worker", BUILT_WORKER],
  ] as const) {
    it(`is abandoned when a job arrives, and the job's findings are the same (${mode})`, async () => {
      const runner = new LintRunner(url);
      const warming = runner.warmUp(1_000_000);
      const result = await runner.run("a", job(HEADINGS));
      const report = await warming;
      expect(report.stopped).toBe(true);
      expect(report.rounds).toBeLessThan(1_000_000);
      expect(result.diagnostics).toEqual(runLintJob(job(HEADINGS)).diagnostics);
      await runner.close();
    });
  }

  it("does not start after a job has run", async () => {
    const runner = new LintRunner(undefined);
    await runner.run("a", job(HEADINGS));
    expect(await runner.warmUp(3)).toEqual({ rounds: 0, stopped: true });
    await runner.close();
  });
});

describe("the server's warm-up over stdio", () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    client?.child.kill();
    await client?.exited;
    client = undefined;
  });

  it("publishes nothing, and the first document is linted as without it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rl-lsp-warm-"));
    writeFileSync(join(dir, ".git"), "gitdir: elsewhere\n");
    const c = startClient();
    client = c;
    const logs: string[] = [];
    let warmed!: (line: string) => void;
    const warmedUp = new Promise<string>((resolve) => (warmed = resolve));
    c.connection.onNotification("window/logMessage", ({ message }: { message: string }) => {
      logs.push(message);
      if (message.includes("warmed up")) warmed(message);
    });
    await c.connection.sendRequest<InitializeResult>("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "w" }],
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    });
    await c.connection.sendNotification("initialized", {});
    // With no document open, the worker lints the whole sample set, and nothing is published.
    expect(await warmedUp).toContain(`(${WARM_UP_ROUNDS} sample lints)`);
    expect(c.published).toEqual([]);

    const uri = pathToFileURL(join(dir, "r.txt")).href;
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: HEADINGS } });
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    expect(c.published.map((p) => p.uri)).toEqual([uri]);
    const headings = first.diagnostics.filter((d: Diagnostic) => d.code === "heading-sequence");
    expect(headings).toHaveLength(1);
    expect(logs.filter((l) => l.includes("warmed up"))).toHaveLength(1);
  });

  it("never holds up a document opened right away", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rl-lsp-warm-"));
    writeFileSync(join(dir, ".git"), "gitdir: elsewhere\n");
    const c = startClient();
    client = c;
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    await c.connection.sendRequest<InitializeResult>("initialize", { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    await c.connection.sendNotification("initialized", {});
    await c.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: HEADINGS } });
    const first = await c.diagnostics(uri, (p) => p.version === 1);
    expect(first.diagnostics.filter((d: Diagnostic) => d.code === "heading-sequence")).toHaveLength(1);
    expect(c.published.every((p) => p.uri === uri)).toBe(true);
  });
});
