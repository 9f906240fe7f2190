import { extensionOf } from "./formats.js";
import { readError } from "./read-error.js";
import { readSource, type ReadOptions, type ReadResult } from "./read-source.js";

/** Reads one container format (the bytes of a whole file) into report text. */
export type FormatReader = (bytes: Uint8Array, fileName: string, options: ReadOptions) => Promise<ReadResult>;

/** Format readers by extension, each loaded on demand. */
export type FormatReaders = Readonly<Record<string, () => Promise<FormatReader>>>;

/** What readReport and readBrowserReport are. */
export type ReportReader = (bytes: Uint8Array, fileName: string, options?: ReadOptions) => Promise<ReadResult>;

/** The .docx reader, loaded on demand: linting .txt files never pays for the zip code. */
export const DOCX_READERS: FormatReaders = { ".docx": async () => (await import("./docx/read-docx.js")).readDocx };

/**
 * readReport over a set of format readers: a file whose extension has no reader is read as text
 * (readSource), one whose extension is `refused` gets an unsupported-format error with its hint.
 */
export function reportReader(readers: FormatReaders, refused: Readonly<Record<string, string>> = {}): ReportReader {
  return async (bytes, fileName, options = {}) => {
    const ext = extensionOf(fileName);
    const hint = refused[ext];
    if (hint !== undefined) return { ok: false, error: readError("unsupported-format", `${ext} is not read here; ${hint}`) };
    const load = readers[ext];
    if (load === undefined) return readSource(bytes, fileName, options);
    const reader = await load();
    return reader(bytes, fileName, options);
  };
}
