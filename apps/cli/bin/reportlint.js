#!/usr/bin/env node
// The real entry is built into dist/; see src/bin.ts.
import("../dist/bin.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/bin.js")) {
    process.stderr.write("reportlint: the CLI is not built yet; run `pnpm --filter @reportlint/cli build`\n");
  } else {
    process.stderr.write(`reportlint: ${error?.message ?? error}\n`);
  }
  process.exitCode = 2;
});
