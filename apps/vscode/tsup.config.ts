import { defineConfig } from "tsup";

// The .vsix holds no node_modules: the client, the server and its worker are bundled whole.

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
    entry: { server: "src/server.ts", "lint-worker": "src/lint-worker.ts" },
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
