import { DOCX_READERS, reportReader, type ReportReader } from "./report-reader.js";

const COMMAND_LINE = "read it with the reportlint command line";

/**
 * readReport for web pages: .txt in any encoding, .md and .docx. A .pdf or .html file is refused
 * with a hint rather than decoded as text: their readers are not bundled into pages (see browser.ts).
 */
export const readBrowserReport: ReportReader = reportReader(DOCX_READERS, {
  ".pdf": COMMAND_LINE,
  ".html": COMMAND_LINE,
  ".htm": COMMAND_LINE,
  ".xhtml": COMMAND_LINE,
});
