#!/usr/bin/env node
// The real entry is built into dist/; see src/bin.ts.
import("../dist/bin.js").catch((error) => {
  process.stderr.write(`reportlint-language-server: ${error?.message ?? error}\n`);
  process.exitCode = 2;
});
