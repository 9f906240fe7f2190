import { cpSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

export default defineConfig({
  // index: the programmatic API (run); bin: the command entry; lint-worker: the worker threads'
  // entry (found beside the module that starts them); entry/worker: tinypool's own thread entry,
  // which the bundled tinypool looks for at ./entry/worker.js beside its chunk. One entry a line.
  entry: {
    index: "src/index.ts",
    bin: "src/bin.ts",
    "lint-worker": "src/lint-worker.ts",
    "entry/worker": fileURLToPath(new URL("./node_modules/tinypool/dist/entry/worker.js", import.meta.url)),
  },
  format: ["esm"],
  platform: "node",
  target: "es2022",
  // Everything the CLI imports is bundled, so `npm i -g` of the packed tarball needs nothing from a
  // registry, and a cold start resolves a handful of files instead of hundreds. Formatters and the
  // readers of .docx/.html/.pdf stay lazy chunks (dynamic imports), loaded only when used.
  noExternal: [/.*/],
  // Types of the workspace packages are inlined too: they are not dependencies of the packed CLI.
  dts: { entry: "src/index.ts", resolve: [/^@reportlint\//] },
  sourcemap: true,
  splitting: true,
  clean: true,
  // pdf.js is bundled, but the character maps of non-embedded Chinese fonts are data it reads at run
  // time: copied next to the chunks, where the .pdf reader looks for them (dist/pdfjs-cmaps).
  onSuccess: async () => {
    const readers = createRequire(import.meta.url).resolve("@reportlint/readers/package.json");
    const pdfjs = createRequire(readers).resolve("pdfjs-dist/package.json");
    cpSync(join(dirname(pdfjs), "cmaps"), "dist/pdfjs-cmaps", { recursive: true });
  },
});
