// reportlint-language-server --stdio (also --node-ipc / --socket=N, as vscode-languageserver reads them).
import { createRequire } from "node:module";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server.js";

if (process.argv.includes("--version") || process.argv.includes("-v")) {
  // dist/bin.js → the package's own package.json.
  const { version } = createRequire(import.meta.url)("../package.json") as { version: string };
  process.stdout.write(`reportlint-language-server ${version}\n`);
} else {
  startServer(createConnection(ProposedFeatures.all));
}
