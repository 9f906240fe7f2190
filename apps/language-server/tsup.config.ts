import { defineConfig } from "tsup";

export default defineConfig({
  // index: the API (startServer); bin: the stdio entry; lint-worker: linting off the main thread.
  entry: ["src/index.ts", "src/bin.ts", "src/lint-worker.ts"],
  format: ["esm"],
  platform: "node",
  target: "es2022",
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  splitting: true,
  clean: true,
});
