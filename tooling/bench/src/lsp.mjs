// pnpm bench:lsp — time from didChange to publishDiagnostics for a 50,000-character report, through
// the real language server over stdio. Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { lint, resolveConfig } from "@reportlint/core";
import { fixtureNames, readFixture } from "@reportlint/fixtures";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";

const SIZE = 50_000;
const RUNS = 20;
// The built server in this repository (the root script builds everything first).
const bin = fileURLToPath(new URL("../../../apps/language-server/bin/reportlint-language-server.js", import.meta.url));

// A long report: the seeds one after another, each under its own title, cut at SIZE characters.
let text = "";
for (let i = 0; text.length < SIZE; i++) {
  const names = fixtureNames("seeds");
  text += `${readFixture("seeds", names[i % names.length])}\n`;
}
text = text.slice(0, SIZE);

const child = spawn(process.execPath, [bin, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification("textDocument/publishDiagnostics", (p) => waiting.get(p.version)?.(p));
connection.listen();
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

const uri = pathToFileURL(`${process.cwd()}/bench-lsp.txt`).href;
await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
await connection.sendNotification("initialized", {});
let first = published(1);
let t = performance.now();
await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text } });
const open = await first;
const openMs = performance.now() - t;

const times = [];
let findings = open.diagnostics.length;
for (let v = 2; v <= RUNS + 1; v++) {
  // Type one character at the end of the first line, then take it back.
  const change = v % 2 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "一" } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: "" };
  first = published(v);
  t = performance.now();
  await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [change] });
  findings = (await first).diagnostics.length;
  times.push(performance.now() - t);
}
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");

times.sort((a, b) => a - b);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`reportlint-language-server, ${text.length.toLocaleString()}-character report, ${findings} findings, debounce 0 ms:`);
console.log(`  didOpen → publishDiagnostics (first lint, worker start): ${ms(openMs)}`);
console.log(`  didChange → publishDiagnostics, ${RUNS} edits: median ${ms(times[times.length >> 1])}, min ${ms(times[0])}, max ${ms(times[times.length - 1])}`);
console.log("  (the editor adds the debounce, 200 ms by default, before the lint starts)");

// Where the time goes: the same lint in this process (the server's default config), and what the
// server does around it (a structured clone to and from the lint worker, ranges, JSON over stdio).
const config = resolveConfig({});
const inProcess = [];
for (let i = 0; i < 2 * RUNS; i++) {
  const start = process.cpuUsage();
  const wall = performance.now();
  lint(text, { config });
  const cpu = process.cpuUsage(start);
  // The first RUNS warm the code up, as the 20 edits warmed the server.
  if (i >= RUNS) inProcess.push({ wall: performance.now() - wall, cpu: (cpu.user + cpu.system) / 1000 });
}
const mid = (key) => inProcess.map((x) => x[key]).sort((a, b) => a - b)[inProcess.length >> 1];
console.log(`  of which the lint itself (in this process, median of ${RUNS}): ${ms(mid("wall"))} wall, ${ms(mid("cpu"))} CPU`);
