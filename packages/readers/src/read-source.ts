import { decodeText, type TextEncodingName } from "./decode.js";
import { encodeText } from "./encode.js";
import { MARKDOWN_EXTENSIONS, extensionOf, unsupportedFormatHint } from "./formats.js";
import type { PositionMap } from "./position-map.js";
import { readError, type ReadError } from "./read-error.js";

/** A report's text as read from a file. Offsets into `text` are the positions the linter reports. */
export interface SourceText {
  /** The decoded text, line ends untouched, without a byte order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The file started with a byte order mark. */
  readonly bom: boolean;
  /** How the text was read: "text" and "markdown" are the file itself; the others are extracted. */
  readonly kind: SourceKind;
  /**
   * Where offsets of `text` are in the file, for kinds whose text is extracted (.docx, .html, .pdf);
   * absent when the text is the file.
   */
  readonly positionMap?: PositionMap;
  /** What the reader left out or noticed, one plain sentence each (navigation dropped, pages skipped). */
  readonly notes?: readonly string[];
}

/** The reader a SourceText came from. */
export type SourceKind = "text" | "markdown" | "docx" | "html" | "pdf";

/** The outcome of readSource: the text, or a ReadError saying why there is none. */
export type ReadResult = { readonly ok: true; readonly source: SourceText } | { readonly ok: false; readonly error: ReadError };

/** Options of readSource and readReport. */
export interface ReadOptions {
  /**
   * Refuse files larger than this many bytes (default 32 MiB: reports are far smaller); for
   * containers (.docx) it also bounds the unpacked size.
   */
  readonly maxBytes?: number;
}

/** Size limit applied when ReadOptions.maxBytes is not given. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1).replace(/\.0$/, "");
}

/**
 * Turns the bytes of a text report into text (readReport reads .docx and other formats). Never
 * throws: formats that cannot be read (.pdf, .html for now), binary data and undecodable bytes come
 * back as an error value.
 */
export function readSource(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): ReadResult {
  const unsupported = unsupportedFormatHint(fileName);
  if (unsupported !== undefined) return { ok: false, error: readError("unsupported-format", unsupported) };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: readError("too-large", `file is too large (${megabytes(bytes.length)} MB; the limit is ${megabytes(maxBytes)} MB)`),
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const kind = (MARKDOWN_EXTENSIONS as readonly string[]).includes(extensionOf(fileName)) ? "markdown" : "text";
  return { ok: true, source: { ...decoded.value, kind } };
}

/**
 * Encodes changed text for the file `source` was read from, and checks that writing it cannot alter
 * anything else: the original text must encode back to exactly `original` (some GB18030 bytes, such
 * as a lone 0x80, decode to characters that encode differently). Returns an error value otherwise.
 */
export function encodeForSource(source: SourceText, text: string, original: Uint8Array): ReturnType<typeof encodeText> {
  const before = encodeText(source.text, source.encoding, source.bom);
  if (!before.ok) return before;
  if (!sameBytes(before.bytes, original)) {
    return {
      ok: false,
      error: readError("unencodable", `the file's ${source.encoding.toUpperCase()} bytes would not survive a rewrite; save it as UTF-8 first`),
    };
  }
  return encodeText(text, source.encoding, source.bom);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
