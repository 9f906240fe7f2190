// Fixes of masked Markdown are filtered by core's withFixesOnUnmaskedText (the language server uses it too).
export { withFixesOnUnmaskedText as withProseFixesOnly } from "@reportlint/core";
