import { extensionOf } from "./formats.js";
import { readSource, type ReadOptions, type ReadResult } from "./read-source.js";

type FormatReader = (bytes: Uint8Array, fileName: string, options: ReadOptions) => Promise<ReadResult>;

// Loaded on demand: linting .txt files never pays for the zip, HTML or PDF code.
const READERS: Readonly<Record<string, () => Promise<FormatReader>>> = {
  ".docx": async () => (await import("./docx/read-docx.js")).readDocx,
  ".html": async () => (await import("./html/read-html.js")).readHtml,
  ".htm": async () => (await import("./html/read-html.js")).readHtml,
  ".xhtml": async () => (await import("./html/read-html.js")).readHtml,
  ".pdf": async () => (await import("./pdf/read-pdf.js")).readPdf,
};

/**
 * Turns the bytes of any report file into text by its extension: .docx, .html/.htm, .pdf, else text
 * in any common encoding (.md as Markdown). Never throws: unreadable input comes back as an error.
 */
export async function readReport(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  const load = READERS[extensionOf(fileName)];
  if (load === undefined) return readSource(bytes, fileName, options);
  const reader = await load();
  return reader(bytes, fileName, options);
}
