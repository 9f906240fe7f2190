import { unsupportedFormatHint } from "../formats.js";
import { readError } from "../read-error.js";
import type { ReadOptions, ReadResult } from "../read-source.js";

/** Reads a .pdf report. Not built yet. */
export function readPdf(_bytes: Uint8Array, fileName: string, _options: ReadOptions): Promise<ReadResult> {
  return Promise.resolve({ ok: false, error: readError("unsupported-format", unsupportedFormatHint(fileName) ?? ".pdf is not supported yet") });
}
