import { DOCX_READERS, reportReader, type FormatReaders, type ReportReader } from "./report-reader.js";

// Loaded on demand: linting .txt files never pays for the zip, HTML or PDF code.
const READERS: FormatReaders = {
  ...DOCX_READERS,
  ".html": async () => (await import("./html/read-html.js")).readHtml,
  ".htm": async () => (await import("./html/read-html.js")).readHtml,
  ".xhtml": async () => (await import("./html/read-html.js")).readHtml,
  ".pdf": async () => (await import("./pdf/read-pdf.js")).readPdf,
};

/**
 * Turns the bytes of any report file into text by its extension: .docx, .html/.htm, .pdf, else text
 * in any common encoding (.md as Markdown). Never throws: unreadable input comes back as an error.
 */
export const readReport: ReportReader = reportReader(READERS);
