import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Bounds every fast-check property in time; see the file.
    setupFiles: ["test/setup/fast-check.ts"],
  },
});
