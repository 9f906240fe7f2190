import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

// The server, built by @reportlint/language-server, bundled with everything it imports: the .vsix
// holds no node_modules.
const server = (file: string) => fileURLToPath(new URL(`./node_modules/@reportlint/language-server/dist/${file}`, import.meta.url));

export default defineConfig([
  {
    // VS Code loads extensions with require(): CommonJS, `vscode` provided by the editor.
    entry: { extension: "src/extension.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    platform: "node",
    target: "node20",
    // Everything bundled but `vscode` itself.
    external: ["vscode"],
    noExternal: [/^(?!vscode$)/],
    sourcemap: true,
    clean: true,
  },
  {
    // The server and its lint worker side by side (the server finds ./lint-worker.js beside it).
    entry: { server: server("bin.js"), "lint-worker": server("lint-worker.js") },
    format: ["esm"],
    platform: "node",
    target: "node20",
    noExternal: [/.*/],
    splitting: false,
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    sourcemap: false,
  },
]);
