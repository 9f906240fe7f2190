import { defineConfig } from "tsup";

export default defineConfig({
  // index: the programmatic API (run); bin: the command entry; lint-worker: the worker threads' entry
  // (found beside the module that starts them). Formatters become lazy chunks.
  entry: ["src/index.ts", "src/bin.ts", "src/lint-worker.ts"],
  format: ["esm"],
  platform: "node",
  target: "es2022",
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  splitting: true,
  clean: true,
});
