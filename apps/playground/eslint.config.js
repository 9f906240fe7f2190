export { default } from "@reportlint/eslint-config";
