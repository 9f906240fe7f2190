import { unsupportedFormatHint } from "../formats.js";
import { readError } from "../read-error.js";
import type { ReadOptions, ReadResult } from "../read-source.js";

/** Reads a .html report. Not built yet. */
export function readHtml(_bytes: Uint8Array, fileName: string, _options: ReadOptions): Promise<ReadResult> {
  return Promise.resolve({ ok: false, error: readError("unsupported-format", unsupportedFormatHint(fileName) ?? ".html is not supported yet") });
}
