// A tiny PDF writer for tests. The machine has no CJK fonts, so the text uses a Type0 font that is
// NOT embedded (/STSong-Light, Adobe-GB1, Identity-H) with a /ToUnicode CMap: pdf.js extracts the
// text through ToUnicode without needing glyphs. Each distinct character gets its own CID.
// Also used by apps/cli/test/pdf-seeds.test.ts to lay the seed reports out as A4 pages.
import { createHash } from "node:crypto";

/** One line of text placed on a page; x and y are in points from the bottom left. */
export interface PdfLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Font size in points (default 16). */
  readonly size?: number;
  /** Extra space after every character in points (Tc), as justified lines have. */
  readonly charSpacing?: number;
}

/** A page: its lines, and optionally an image and nothing else (a scan). */
export interface PdfPage {
  readonly lines: readonly PdfLine[];
  readonly image?: boolean;
  /** The page tree points at an object that is not there: the page cannot be read. */
  readonly damaged?: boolean;
}

/** What the file should look like beyond its pages. */
export interface PdfOptions {
  /**
   * Standard security (RC4, 40 bits): "password" needs a user password to open (the empty one does
   * not match); "permissions" opens with the empty password and only restricts copying and printing,
   * as many published government PDFs do (streams really encrypted).
   */
  readonly encryption?: "password" | "permissions";
  /**
   * Encode the text with the predefined CMap UniGB-UCS2-H (as older Chinese PDFs do) and give no
   * /ToUnicode: pdf.js then needs its packaged CMaps to read it.
   */
  readonly predefinedCMap?: boolean;
}

/** A4 in points. */
export const A4 = { width: 595, height: 842 } as const;

/** Advance width of a character in thousandths of an em: half width for ASCII, full width else. */
export function advance(char: string): number {
  return char.codePointAt(0)! < 0x80 ? 500 : 1000;
}

/** Width of a text in points at a font size. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += (advance(char) * size) / 1000;
  return width;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");

function unicodeHex(char: string): string {
  let out = "";
  for (let i = 0; i < char.length; i++) out += hex4(char.charCodeAt(i));
  return out;
}

function toUnicodeCMap(chars: readonly string[]): string {
  const blocks: string[] = [];
  for (let i = 0; i < chars.length; i += 100) {
    const part = chars.slice(i, i + 100);
    blocks.push(`${part.length} beginbfchar\n${part.map((c, j) => `<${hex4(i + j + 1)}> <${unicodeHex(c)}>`).join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

/** Builds the bytes of a PDF with the given pages (uncompressed, with a correct xref table). */
export function makePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  const cids = new Map<string, number>();
  for (const page of pages) {
    for (const line of page.lines) for (const char of line.text) if (!cids.has(char)) cids.set(char, cids.size + 1);
  }
  const chars = [...cids.keys()];

  // Objects are numbered from 1 in the order pushed; some refer to ones pushed later.
  const objects: (string | Stream)[] = [];
  const fontId = 3;
  const cidFontId = 4;
  const toUnicodeId = 5;
  const imageId = 6;
  const firstPageId = 7;
  const pageIds = pages.map((_, i) => firstPageId + i * 2);
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = pageIds.map((id, i) => (pages[i]!.damaged === true ? "99999 0 R" : `${id} 0 R`));
  objects.push(`<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`);
  const ucs2 = options.predefinedCMap === true;
  const encoding = ucs2 ? "/Encoding /UniGB-UCS2-H" : `/Encoding /Identity-H /ToUnicode ${toUnicodeId} 0 R`;
  objects.push(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light ${encoding} /DescendantFonts [${cidFontId} 0 R] >>`);
  // With UniGB-UCS2-H the CIDs are Adobe-GB1's: leave widths to the default.
  const widths = ucs2 ? "" : chars.map((c, i) => `${i + 1} [${advance(c)}]`).join(" ");
  objects.push(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [${widths}] /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>`,
  );
  objects.push(stream(toUnicodeCMap(chars)));
  objects.push({ dict: "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", data: "\x80\x40\x40\x80" });
  for (const [i, page] of pages.entries()) {
    const contentId = pageIds[i]! + 1;
    const resources = page.image === true ? `/XObject << /Im1 ${imageId} 0 R >>` : `/Font << /F1 ${fontId} 0 R >>`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << ${resources} >> /Contents ${contentId} 0 R >>`);
    objects.push(stream(pageContent(page, ucs2 ? undefined : cids)));
  }

  const idBytes = "\x01\x23\x45\x67\x89\xAB\xCD\xEF\x01\x23\x45\x67\x89\xAB\xCD\xEF";
  const owner = "\xAB".repeat(32);
  const fileKey = options.encryption === "permissions" ? md5(`${PASSWORD_PADDING}${owner}\xFC\xFF\xFF\xFF${idBytes}`).slice(0, 5) : undefined;
  let body = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  const offsets: number[] = [];
  for (const [i, object] of objects.entries()) {
    offsets.push(body.length);
    if (typeof object === "string") {
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
      continue;
    }
    // Algorithm 1 of the PDF spec: each object's key is the file key, its number and generation.
    const n = i + 1;
    const data = fileKey === undefined ? object.data : rc4(md5(`${fileKey}${String.fromCharCode(n & 0xff, (n >> 8) & 0xff, n >> 16, 0, 0)}`).slice(0, 10), object.data);
    body += `${n} 0 obj\n<< ${object.dict} /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const id = "<0123456789ABCDEF0123456789ABCDEF>";
  // /U is the padding encrypted with the file key of the empty password (algorithm 4), or, for
  // "password", bytes no password gives: pdf.js then asks for one.
  const user = fileKey === undefined ? "\xCD".repeat(32) : rc4(fileKey, PASSWORD_PADDING);
  const hex = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  const encrypt = options.encryption === undefined ? "" : ` /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${hex(owner)}> /U <${hex(user)}> >>`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [${id} ${id}]${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** A stream object: its dictionary entries besides /Length, and its bytes as a binary string. */
interface Stream {
  readonly dict: string;
  readonly data: string;
}

function stream(content: string): Stream {
  return { dict: "", data: content };
}

// The standard security handler's password padding (PDF 32000-1, 7.6.3.3).
const PASSWORD_PADDING = "\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A";

function md5(binary: string): string {
  return createHash("md5").update(Buffer.from(binary, "latin1")).digest().toString("latin1");
}

function rc4(key: string, data: string): string {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key.charCodeAt(i % key.length)) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  let out = "";
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out += String.fromCharCode(data.charCodeAt(k) ^ s[(s[i]! + s[j]!) & 0xff]!);
  }
  return out;
}

/** The page's drawing operators; text as CIDs from `cids`, or as UCS-2 codes when it is undefined. */
function pageContent(page: PdfPage, cids: ReadonlyMap<string, number> | undefined): string {
  if (page.image === true) return "q 500 0 0 700 40 70 cm /Im1 Do Q";
  const ops: string[] = [];
  for (const line of page.lines) {
    const codes = [...line.text].map((c) => (cids === undefined ? unicodeHex(c) : hex4(cids.get(c)!))).join("");
    ops.push(`BT /F1 ${line.size ?? 16} Tf ${line.charSpacing ?? 0} Tc 1 0 0 1 ${line.x.toFixed(2)} ${line.y.toFixed(2)} Tm <${codes}> Tj ET`);
  }
  return ops.join("\n");
}

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** How a report is laid out on A4 pages, like a printed 公文: 16 pt, 28 characters a line. */
export interface ReportLayout {
  /** A running header printed at the top of every page. */
  readonly header?: string;
  /** The page number line, e.g. (n) => `— ${n} —` (the default); null for none. */
  readonly footer?: ((page: number) => string) | null;
  /** Lines per page (default 22). */
  readonly linesPerPage?: number;
  /** Justify wrapped lines to the right margin with character spacing, as Word does (default true). */
  readonly justify?: boolean;
}

const LEFT = 79;
const RIGHT = A4.width - 74;
const SIZE = 16;
const PITCH = 28;
const TOP = A4.height - 110;

/**
 * Lays out a plain-text report: each non-empty text line is a paragraph, wrapped at the right margin
 * (ASCII words are never split, and closing punctuation hangs in the margin rather than start a line,
 * as word processors do); body paragraphs get a two-character first-line
 * indent, headings (一、 （一） 1.) and short lines none; an empty line adds space between paragraphs.
 */
export function layoutReport(text: string, layout: ReportLayout = {}): PdfPage[] {
  const linesPerPage = layout.linesPerPage ?? 22;
  const footer = layout.footer === undefined ? (n: number) => `— ${n} —` : layout.footer;
  const placed: { text: string; x: number; gapBefore: boolean; charSpacing: number }[] = [];
  let gap = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const paragraph = raw.trim();
    if (paragraph === "") {
      gap = placed.length > 0;
      continue;
    }
    const heading = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/.test(paragraph);
    const indent = heading || textWidth(paragraph, SIZE) < (RIGHT - LEFT) / 2 ? 0 : 2 * SIZE;
    const lines = wrap(paragraph, RIGHT - LEFT - indent, RIGHT - LEFT);
    for (const [i, line] of lines.entries()) {
      const x = LEFT + (i === 0 ? indent : 0);
      // Every line but a paragraph's last is spread to the margin (hanging punctuation aside).
      const chars = [...line.trimEnd()].length;
      const spare = RIGHT - x - textWidth(line.trimEnd(), SIZE);
      const charSpacing = layout.justify !== false && i < lines.length - 1 && chars > 1 && spare > 0 ? spare / (chars - 1) : 0;
      placed.push({ text: line, x, gapBefore: i === 0 && gap, charSpacing });
    }
    gap = false;
  }
  const pages: PdfPage[] = [];
  for (let start = 0, n = 1; start < placed.length; n++) {
    const lines: PdfLine[] = [];
    let y = TOP;
    let count = 0;
    // A page holds linesPerPage lines; space between paragraphs takes room from the last ones.
    const bottom = TOP - (linesPerPage - 1) * PITCH;
    while (start < placed.length && count < linesPerPage) {
      const line = placed[start]!;
      if (line.gapBefore && count > 0) y -= PITCH / 2;
      if (y < bottom - 0.01) break;
      lines.push({ text: line.text, x: line.x, y, charSpacing: line.charSpacing });
      y -= PITCH;
      count++;
      start++;
    }
    if (layout.header !== undefined) lines.push({ text: layout.header, x: (A4.width - textWidth(layout.header, 10.5)) / 2, y: A4.height - 60, size: 10.5 });
    if (footer !== null) {
      const label = footer(n);
      lines.push({ text: label, x: (A4.width - textWidth(label, 14)) / 2, y: 50, size: 14 });
    }
    pages.push({ lines });
  }
  return pages;
}

const CLOSING = /^[，。、；：？！）》”’」』】〕,.;:?!)]$/u;

/** Breaks a paragraph into lines no wider than `first` (then `rest`) points; a run of ASCII non-spaces stays whole. */
function wrap(paragraph: string, first: number, rest: number): string[] {
  const tokens = paragraph.match(/[\x21-\x7e]+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  let width = 0;
  for (const token of tokens) {
    const w = textWidth(token, SIZE);
    const limit = lines.length === 0 ? first : rest;
    // Closing punctuation never starts a line (避头尾): it hangs in the right margin, as in Word.
    if (width + w > limit + 0.01 && line !== "" && token !== " " && !CLOSING.test(token)) {
      lines.push(line);
      line = "";
      width = 0;
    }
    line += token;
    width += w;
  }
  if (line !== "") lines.push(line);
  return lines;
}
