import { strToU8, zipSync, type Zippable } from "fflate";
import { readReport, type SourceText } from "../src/index.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx from raw WordprocessingML: `body` goes inside w:body. */
export function rawDocx(body: string, parts: { numbering?: string; styles?: string; extra?: Zippable } = {}): Uint8Array {
  const files: Zippable = {
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
    ...parts.extra,
  };
  if (parts.numbering !== undefined) files["word/numbering.xml"] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles !== undefined) files["word/styles.xml"] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  return zipSync(files);
}

/** A paragraph of plain runs (raw XML). */
export const para = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** Reads .docx bytes and fails the test when they are refused. */
export async function docxText(bytes: Uint8Array): Promise<SourceText> {
  const r = await readReport(bytes, "report.docx");
  if (!r.ok) throw new Error(`refused: ${r.error.code}: ${r.error.message}`);
  return r.source;
}

/** Reads .docx bytes that must be refused; returns the error. */
export async function docxError(bytes: Uint8Array, options: { maxBytes?: number } = {}) {
  const r = await readReport(bytes, "report.docx", options);
  if (r.ok) throw new Error(`read unexpectedly: ${JSON.stringify(r.source.text.slice(0, 80))}`);
  return r.error;
}
