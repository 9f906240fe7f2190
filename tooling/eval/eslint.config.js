// The shared config covers TypeScript; this package is plain ESM (.mjs with // @ts-check), so it
// adds ESLint's recommended JavaScript rules for those files.
import js from "@eslint/js";
import shared from "@reportlint/eslint-config";
import { defineConfig } from "eslint/config";
import globals from "globals";

export default defineConfig(shared, {
  files: ["**/*.mjs"],
  extends: [js.configs.recommended],
  languageOptions: { globals: { ...globals.node } },
  linterOptions: { reportUnusedDisableDirectives: "error" },
});
