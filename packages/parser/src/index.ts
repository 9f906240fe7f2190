export { parse } from "./parse.js";
export type { ParseOptions } from "./parse.js";
export { createLineIndex } from "./line-index.js";
export type { LineIndex } from "./line-index.js";
export { extractNumbers } from "./numbers/extract.js";
