// Builds the page into dist/: index.html (with its CSS inline) and playground.js, one classic
// script holding the page's code and, as a string, the lint worker's bundle. The worker is started
// from a Blob URL of that string: Chromium refuses `new Worker("file:…")` on a page opened from
// disk, and a module script would be refused there too, so both bundles are IIFEs. Nothing is
// loaded from anywhere else: no fonts, no CDN, no chunks.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = `${root}dist/`;
const common = {
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2022",
  minify: true,
  legalComments: "none",
  write: false,
  logLevel: "warning",
  metafile: true,
};

const worker = await build({ ...common, entryPoints: [`${root}src/worker.ts`] });
const workerCode = worker.outputFiles[0].text;
// A bundle that reached Node built-ins or pdf.js would fail in the browser or weigh megabytes.
const workerInputs = Object.keys(worker.metafile.inputs);
const forbidden = workerInputs.filter((path) => path.startsWith("node:") || path.includes("(disabled)") || path.includes("pdfjs-dist") || path.includes("htmlparser2"));
if (forbidden.length > 0) throw new Error(`the worker bundle must not contain: ${forbidden.join(", ")}`);

const page = await build({ ...common, entryPoints: [`${root}src/main.ts`], define: { __WORKER_SOURCE__: JSON.stringify(workerCode) } });
const css = readFileSync(`${root}src/style.css`, "utf8").trim();
const html = readFileSync(`${root}src/index.html`, "utf8").replace("/*STYLE*/", () => css);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}index.html`, html);
writeFileSync(`${dist}playground.js`, page.outputFiles[0].text);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`dist/index.html ${kb(html.length)}, dist/playground.js ${kb(page.outputFiles[0].contents.length)} (worker ${kb(Buffer.byteLength(workerCode))})`);
