export { readSource, encodeForSource, DEFAULT_MAX_BYTES } from "./read-source.js";
export type { ReadOptions, ReadResult, SourceText } from "./read-source.js";
export { decodeText, firstInvalidUtf8 } from "./decode.js";
export type { DecodeResult, DecodedText, TextEncodingName } from "./decode.js";
export { encodeText } from "./encode.js";
export type { EncodeResult } from "./encode.js";
export { REPORT_EXTENSIONS, MARKDOWN_EXTENSIONS, extensionOf, unsupportedFormatHint } from "./formats.js";
export { readError } from "./read-error.js";
export type { ReadError, ReadErrorCode } from "./read-error.js";
