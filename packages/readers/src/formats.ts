/** Extensions (lower case, with the dot) that a directory search collects as reports. */
export const REPORT_EXTENSIONS = [".txt", ".md", ".docx", ".html", ".htm", ".pdf"] as const;

/** Extensions read as Markdown; every other readable file is plain text. */
export const MARKDOWN_EXTENSIONS = [".md", ".markdown"] as const;

// Formats people save reports in that this package cannot read (yet); each gets its own message.
const UNSUPPORTED: Readonly<Record<string, string>> = {
  ".doc": "save it as .txt",
  ".wps": "save it as .txt",
  ".odt": "save it as .txt",
  ".rtf": "save it as .txt",
  ".ofd": "copy its text into a .txt file",
  ".xls": "it is a spreadsheet, not a report",
  ".xlsx": "it is a spreadsheet, not a report",
  ".zip": "unpack it first",
};

/** The lower-case extension of a file name with its dot (".txt"), or "" when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/** What to tell the user for a format this package cannot read, or undefined if it may be text. */
export function unsupportedFormatHint(fileName: string): string | undefined {
  const ext = extensionOf(fileName);
  const hint = UNSUPPORTED[ext];
  return hint === undefined ? undefined : `${ext} is not supported yet; ${hint}`;
}
