import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult } from "../read-source.js";
import { anchoredPositionMap, type PositionAnchor } from "../position-map.js";
import { readError } from "../read-error.js";
import { documentLines, type DocumentLines } from "./document-text.js";
import { ListCounters, parseNumbering, parseStyles } from "./numbering.js";
import { XmlError, xmlText } from "./xml.js";
import { unzipParts, type ZipLimits } from "./zip.js";

const DOCUMENT = "word/document.xml";
const NUMBERING = "word/numbering.xml";
const STYLES = "word/styles.xml";
// Headers, footers, footnotes and comments live in parts of their own, which are never read.
const PARTS: ReadonlySet<string> = new Set([DOCUMENT, NUMBERING, STYLES]);

const MAX_ENTRIES = 2000;
const MAX_DECLARED_TOTAL = 100 * 1024 * 1024;
const MAX_RATIO = 200;
const RATIO_FLOOR = 1024 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

// An encrypted .docx is an OLE compound file holding the streams "EncryptionInfo" and
// "EncryptedPackage"; their names are stored in UTF-16LE in its directory.
function hasStreamName(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name, (c) => [c.charCodeAt(0), 0]).flat();
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Reads a .docx report: one text line per body paragraph and per table row, with Word's list
 * numbers rendered; `positionMap` gives the paragraph (line) and the column in it. Never throws.
 */
export function readDocx(bytes: Uint8Array, _fileName: string, options: ReadOptions): Promise<ReadResult> {
  return Promise.resolve(read(bytes, options));
}

function read(bytes: Uint8Array, options: ReadOptions): ReadResult {
  if (startsWith(bytes, OLE_MAGIC)) {
    return hasStreamName(bytes, "EncryptionInfo")
      ? { ok: false, error: readError("encrypted", "the document is password-protected; remove the password in Word and save it again") }
      : { ok: false, error: readError("unsupported-format", "an old Word .doc file, not .docx; open it in Word and save it as .docx") };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, error: readError("corrupt", "not a Word document: the file is not a .docx (zip) package") };
  const maxRead = Math.min(options.maxBytes ?? DEFAULT_MAX_BYTES, MAX_DECLARED_TOTAL);
  const limits: ZipLimits = { maxEntries: MAX_ENTRIES, maxDeclaredTotal: MAX_DECLARED_TOTAL, maxReadTotal: maxRead, maxRatio: MAX_RATIO, ratioFloor: RATIO_FLOOR };
  const unzipped = unzipParts(bytes, PARTS, limits);
  if (!unzipped.ok) return unzipped;
  const document = unzipped.parts.get(DOCUMENT);
  if (document === undefined) return { ok: false, error: readError("corrupt", `not a Word document: no ${DOCUMENT}`) };
  let read: DocumentLines;
  try {
    const part = (name: string) => {
      const data = unzipped.parts.get(name);
      return data === undefined ? undefined : xmlText(data);
    };
    const counters = new ListCounters(parseNumbering(part(NUMBERING)), parseStyles(part(STYLES)));
    read = documentLines(xmlText(document), counters);
  } catch (error) {
    const reason = error instanceof XmlError ? error.message : `${DOCUMENT} could not be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, error: readError("corrupt", `damaged: ${reason}`) };
  }
  const lines = read.lines;
  if (lines.every((l) => l.trim() === "")) return { ok: false, error: readError("no-text", "the document has no text") };
  const anchors: PositionAnchor[] = [];
  let offset = 0;
  lines.forEach((l, i) => {
    // Columns run on through a whole paragraph, line breaks (w:br) included, so one anchor a line.
    anchors.push({ offset, line: i + 1, column: 1 });
    offset += l.length + 1;
  });
  const notes = [
    ...(read.textBoxes > 0 ? [`${read.textBoxes} text box${read.textBoxes > 1 ? "es" : ""} not read`] : []),
    ...(read.tablesOfContents > 0 ? ["the table of contents left out"] : []),
  ];
  return {
    ok: true,
    source: {
      text: lines.join("\n"),
      encoding: "utf-8",
      bom: false,
      kind: "docx",
      positionMap: anchoredPositionMap(anchors, "paragraph"),
      ...(notes.length > 0 ? { notes } : {}),
    },
  };
}
