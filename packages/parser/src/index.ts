export { parse } from "./parse.js";
export type { ParseOptions } from "./parse.js";
export { createLineIndex } from "./line-index.js";
export type { LineIndex } from "./line-index.js";
export { extractNumbers } from "./numbers/extract.js";
export { parseChineseNumber, scanChineseNumber, parseChineseDigits } from "./numbers/chinese-number.js";
export type { ChineseNumber, ChineseNumberMatch, ChineseNumberOptions } from "./numbers/chinese-number.js";
export { parseNumberPhrase } from "./numbers/number-phrase.js";
export type { NumberPhrase } from "./numbers/number-phrase.js";
