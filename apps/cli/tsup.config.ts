import { defineConfig } from "tsup";

export default defineConfig({
  // index: the programmatic API (run); bin: the command entry. Formatters become lazy chunks.
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm"],
  platform: "node",
  target: "es2022",
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  splitting: true,
  clean: true,
});
