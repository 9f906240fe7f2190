// The packaged .vsix: what it holds, and that its bundled server works on its own (no node_modules).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { describe, expect, it } from "vitest";

const VSIX = fileURLToPath(new URL("../dist/reportlint.vsix", import.meta.url));

describe("reportlint.vsix", () => {
  const entries = unzipSync(readFileSync(VSIX));

  it("holds the manifest, the client, the server and its worker, and nothing else of the repo", () => {
    const names = Object.keys(entries).sort();
    expect(names).toEqual(
      expect.arrayContaining(["extension.vsixmanifest", "extension/package.json", "extension/dist/extension.cjs", "extension/dist/server.js", "extension/dist/lint-worker.js", "extension/README.md"]),
    );
    expect(names.some((n) => n.includes("node_modules") || n.includes("/src/") || n.endsWith(".map"))).toBe(false);
    const manifest = JSON.parse(new TextDecoder().decode(entries["extension/package.json"])) as { activationEvents: string[]; contributes: { commands: { title: string }[] } };
    expect(manifest.activationEvents).toEqual(["onLanguage:plaintext", "onLanguage:markdown"]);
    expect(manifest.contributes.commands.map((c) => c.title)).toEqual(["reportlint: fix all", "reportlint: show output"]);
  });

  it("runs its bundled server from an unpacked copy", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rl-vsix-"));
    for (const [name, bytes] of Object.entries(entries)) {
      if (name.endsWith("/")) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const child = spawn(process.execPath, [join(dir, "extension/dist/server.js"), "--stdio"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification("textDocument/publishDiagnostics", resolve));
    connection.listen();
    await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    await connection.sendNotification("initialized", {});
    const uri = pathToFileURL(join(dir, "r.txt")).href;
    await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: "一、工作\n二、问题\n二、计划\n" } });
    const { diagnostics } = await published;
    expect(diagnostics.map((d) => d.code)).toContain("heading-sequence");
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    expect(await new Promise((resolve) => child.on("exit", resolve))).toBe(0);
  });
});
