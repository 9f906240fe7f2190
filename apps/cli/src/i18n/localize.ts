// The CLI's words live in one table per part, in this folder; tables are rendered by the rules'
// localize (config-loader renders its own the same way).
export { localize } from "@reportlint/rules";
export type { MessageTable } from "@reportlint/rules";
