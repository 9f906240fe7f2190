// The entry for web pages (`@reportlint/readers/browser`): everything of the main entry that runs in
// a browser without Node built-ins. Its readBrowserReport reads .txt (any encoding), .md and .docx;
// the .pdf reader (pdf.js, which loads its character maps through Node) and the .html reader are
// not reachable from here, so a bundler never pulls them in.
export { readBrowserReport } from "./read-browser-report.js";
export type { ReportReader } from "./report-reader.js";
export { readSource, encodeForSource, DEFAULT_MAX_BYTES } from "./read-source.js";
export type { ReadOptions, ReadResult, SourceKind, SourceText } from "./read-source.js";
export { anchoredPositionMap } from "./position-map.js";
export type { PositionAnchor, PositionMap, SourceLocation } from "./position-map.js";
export { decodeText, firstInvalidUtf8 } from "./decode.js";
export type { DecodeResult, DecodedText, TextEncodingName } from "./decode.js";
export { encodeText } from "./encode.js";
export type { EncodeResult } from "./encode.js";
export { REPORT_EXTENSIONS, MARKDOWN_EXTENSIONS, extensionOf, unsupportedFormatHint } from "./formats.js";
export { maskMarkdown } from "./markdown.js";
export { readError } from "./read-error.js";
export type { ReadError, ReadErrorCode } from "./read-error.js";
