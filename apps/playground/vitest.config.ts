import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
