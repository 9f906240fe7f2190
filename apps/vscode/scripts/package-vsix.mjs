// Packs the built extension as dist/reportlint.vsix with @vscode/vsce, offline: the bundle holds
// every dependency, so vsce is told not to look at node_modules.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vsce = createRequire(import.meta.url).resolve("@vscode/vsce/vsce");
const result = spawnSync(process.execPath, [vsce, "package", "--no-dependencies", "--no-update-package-json", "--out", "dist/reportlint.vsix"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, VSCE_TELEMETRY: "off" },
});
process.exit(result.status ?? 1);
