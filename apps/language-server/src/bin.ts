// reportlint-language-server --stdio (also --node-ipc / --socket=N, as vscode-languageserver reads them).
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server.js";

// While a document is edited, V8's optimising compiler kept re-compiling the rules on its own
// threads, which took CPU from the lint on a 2-core machine. A larger budget before a function is
// optimised and less inlining: pnpm bench:lsp, 50,000 characters, server CPU per edit 155 → 100 ms,
// median didChange → publishDiagnostics 83/73 → 67/62 ms (two runs each). Process-wide: the lint
// worker gets them too.
// Only on the V8 measured (Node 20's 11.x): V8 prints "unrecognized flag" for a flag it dropped.
if (process.versions.v8.startsWith("11.")) {
  for (const flag of ["--interrupt-budget=300000", "--max-inlined-bytecode-size-cumulative=300"]) setFlagsFromString(flag);
}

if (process.argv.includes("--version") || process.argv.includes("-v")) {
  // dist/bin.js → the package's own package.json.
  const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
  process.stdout.write(`reportlint-language-server ${version}\n`);
} else {
  startServer(createConnection(ProposedFeatures.all));
}
