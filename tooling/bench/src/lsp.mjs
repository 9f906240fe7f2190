// pnpm bench:lsp — time from didChange to publishDiagnostics for a 50,000-character report, through
// the real language server over stdio. Prints figures; asserts nothing.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

// REPORTLINT_LSP_TIMINGS=1: after each publication the server tells when each stage of that lint
// ended (a clock read per stage, and one small notification after the publication; see
// apps/language-server/src/timings.ts). BENCH_LSP_NODE_ARGS: node options for the server (e.g.
// --cpu-prof --cpu-prof-dir=/tmp/prof, which profiles the lint worker too).
const child = spawn(process.execPath, [...(process.env.BENCH_LSP_NODE_ARGS?.split(" ").filter(Boolean) ?? []), bin, "--stdio"], {
  stdio: ["pipe", "pipe", "inherit"],
  env: { ...process.env, REPORTLINT_LSP_TIMINGS: "1" },
});
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
// The server stamps its stages on the same clock (the system's monotonic one).
const stamp = () => Number(process.hrtime.bigint() / 1000n) / 1000;
const sentAt = new Map();
const waiting = new Map();
const received = new Map();
connection.onNotification("textDocument/publishDiagnostics", (p) => {
  received.set(p.version, stamp());
  waiting.get(p.version)?.(p);
});
const stages = new Map();
const lintCpu = [];
connection.onNotification("reportlint/timings", (p) => {
  stages.set(p.version, p.stages);
  if (p.version > 1 && p.lintCpuMs !== undefined) lintCpu.push(p.lintCpuMs);
});
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

// The CPU time of each thread of the server over the edits, from /proc (Linux; skipped elsewhere).
const threadTicks = () => {
  const dir = `/proc/${child.pid}/task`;
  if (!existsSync(dir)) return undefined;
  const ticks = new Map();
  for (const tid of readdirSync(dir)) {
    try {
      const stat = readFileSync(`${dir}/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The thread ended meanwhile.
    }
  }
  return ticks;
};
const ticksBefore = threadTicks();

const times = [];
let findings = open.diagnostics.length;
for (let v = 2; v <= RUNS + 1; v++) {
  // Type one character at the start of the first line, then take it back.
  const change = v % 2 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "一" } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: "" };
  first = published(v);
  t = performance.now();
  sentAt.set(v, stamp());
  await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [change] });
  findings = (await first).diagnostics.length;
  times.push(performance.now() - t);
}
const ticksAfter = threadTicks();
await connection.sendRequest("shutdown");
await connection.sendNotification("exit");

times.sort((a, b) => a - b);
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`reportlint-language-server, ${text.length.toLocaleString()}-character report, ${findings} findings, debounce 0 ms:`);
console.log(`  didOpen → publishDiagnostics (first lint, worker start): ${ms(openMs)}`);
console.log(`  didChange → publishDiagnostics, ${RUNS} edits: median ${ms(times[times.length >> 1])}, min ${ms(times[0])}, max ${ms(times[times.length - 1])}`);
console.log("  (the editor adds the debounce, 200 ms by default, before the lint starts)");

// The breakdown: each stage's median over the edits (the stages' medians need not add up to the
// total's). The server's "written" (its write callback) may come after the client has the message,
// so it is shown beside the chain.
await new Promise((resolve) => setTimeout(resolve, 100));
const steps = new Map();
const step = (name, x) => {
  if (!steps.has(name)) steps.set(name, []);
  steps.get(name).push(x);
};
for (let v = 2; v <= RUNS + 1; v++) {
  const server = stages.get(v) ?? [];
  const marks = [["client sends didChange", sentAt.get(v)], ...server.filter(([name]) => name !== "written"), ["client has publishDiagnostics", received.get(v)]];
  for (let i = 1; i < marks.length; i++) step(`${marks[i - 1][0]} → ${marks[i][0]}`, marks[i][1] - marks[i - 1][1]);
  const at = (name) => server.find(([n]) => n === name)?.[1];
  if (at("converted") !== undefined && at("written") !== undefined) step("(converted → the server's write callback)", at("written") - at("converted"));
}
if (lintCpu.length > 0) steps.set("(CPU of the server process while the worker lints)", lintCpu);
console.log(`  stages (median, min, max of ${RUNS}):`);
for (const [name, xs] of steps) {
  xs.sort((a, b) => a - b);
  console.log(`    ${name.padEnd(56)} ${ms(xs[xs.length >> 1]).padStart(9)} ${ms(xs[0]).padStart(9)} ${ms(xs[xs.length - 1]).padStart(9)}`);
}

if (ticksBefore && ticksAfter) {
  // Clock ticks are 10 ms; summed over the edits they are precise enough.
  const used = [...ticksAfter].map(([tid, { name, ticks }]) => ({ tid, name, ms: (ticks - (ticksBefore.get(tid)?.ticks ?? 0)) * 10 })).filter((t) => t.ms > 0);
  used.sort((a, b) => b.ms - a.ms);
  const total = used.reduce((sum, t) => sum + t.ms, 0);
  // Besides the main thread: the lint worker (usually the busiest), V8's own threads (optimising
  // compiler, GC) and libuv's.
  console.log(`  server CPU per edit, by thread (/proc, ${RUNS} edits): ${ms(total / RUNS)} in all`);
  for (const t of used) console.log(`    ${`${t.name} ${Number(t.tid) === child.pid ? "main thread" : "thread"} ${t.tid}`.padEnd(30)} ${ms(t.ms / RUNS).padStart(9)}`);
}

// The lint alone, in this process (the server's default config), over the same texts: first as
// the server met them (the open, then the edits, on code V8 has not optimised yet: this
// process had not linted before), then as many edits more, on warmer code. Against the first, the
// rest of the server's time is its own: clones to and from the worker, ranges, JSON over stdio,
// waiting for a core.
const config = resolveConfig({});
const edited = (v) => (v % 2 === 0 ? `一${text}` : text);
const lintTimes = (versions) =>
  versions.map((v) => {
    const start = process.cpuUsage();
    const wall = performance.now();
    lint(edited(v), { config });
    const cpu = process.cpuUsage(start);
    return { wall: performance.now() - wall, cpu: (cpu.user + cpu.system) / 1000 };
  });
const versions = Array.from({ length: RUNS }, (_, i) => i + 2);
lintTimes([1]);
const cold = lintTimes(versions);
const warm = lintTimes(versions);
const mid = (xs, key) => xs.map((x) => x[key]).sort((a, b) => a - b)[xs.length >> 1];
console.log(`  the lint alone, in this process, median of the same ${RUNS} edits: ${ms(mid(cold, "wall"))} wall, ${ms(mid(cold, "cpu"))} CPU;`);
console.log(`    of ${RUNS} edits more: ${ms(mid(warm, "wall"))} wall, ${ms(mid(warm, "cpu"))} CPU`);
