import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { anchoredPositionMap } from "../position-map.js";
import { readError, type ReadError } from "../read-error.js";
import { sizeError, type ReadOptions, type ReadResult } from "../read-source.js";
import { pagesText, type PageText, type TextPiece } from "./page-text.js";

const NO_TEXT = "the PDF has no text layer (a scan?); run OCR first or lint its text";

let pdfjsLoading: Promise<typeof PdfJsModule> | undefined;

/** Stands in for the browser's DOMMatrix where there is none: pdf.js builds one when it loads. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/**
 * pdf.js, loaded on first use with its worker code in this thread: nothing is fetched and no worker
 * file has to be found (pdf.js looks for `globalThis.pdfjsWorker` before it starts a worker).
 *
 * In Node, pdf.js takes DOMMatrix from the optional package @napi-rs/canvas, which it needs only to
 * draw pages. Where that package cannot be found (the bundled CLI), pdf.js would fail to load on a
 * missing DOMMatrix and print warnings: text extraction never draws, so a stand-in is enough, and
 * what pdf.js prints while it loads (those warnings only) is held back.
 */
function loadPdfJs(): Promise<typeof PdfJsModule> {
  pdfjsLoading ??= (async () => {
    const global = globalThis as { pdfjsWorker?: unknown; DOMMatrix?: unknown };
    global.DOMMatrix ??= IdentityMatrix;
    const { log, warn } = console;
    console.log = console.warn = () => undefined;
    try {
      global.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return await import("pdfjs-dist/legacy/build/pdf.mjs");
    } finally {
      Object.assign(console, { log, warn });
    }
  })();
  return pdfjsLoading;
}

/**
 * The folder of pdf.js's CMaps (the character maps of non-embedded Chinese fonts such as
 * UniGB-UCS2-H), as a file path: inside the installed pdfjs-dist, or, where that cannot be resolved
 * (a bundle that includes pdf.js), a `pdfjs-cmaps` folder next to this module that the bundle's build
 * copies there. Undefined in a browser, where pdf.js then reads such fonts without them.
 */
function cMapFolder(): string | undefined {
  let url: URL;
  try {
    url = new URL("../../cmaps/", import.meta.resolve("pdfjs-dist/legacy/build/pdf.mjs"));
  } catch {
    url = new URL("./pdfjs-cmaps/", import.meta.url);
  }
  if (url.protocol !== "file:") return undefined;
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//u.test(path) ? path.slice(1) : path;
}

// A PDF ends with %%EOF (tools may append a few bytes after it); one cut off in transfer does not.
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes("%%EOF");
}

function startsLikePdf(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");
}

function openError(error: unknown): ReadError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException") return readError("encrypted", "the PDF is password-protected; save a copy without the password and lint that");
  // pdf.js's exceptions are not instances of Error; they all have a message.
  const message = (error as { message?: unknown } | null)?.message;
  const reason = typeof message === "string" ? message : String(error);
  return readError("corrupt", `the PDF is damaged and cannot be read (${reason.split("\n")[0]})`);
}

/**
 * Reads the text layer of a .pdf report: lines in reading order, paragraphs rebuilt, page numbers and
 * running headers and footers dropped (see page-text.ts). Positions are the line and column of the
 * read text, with the page. Never throws.
 */
export async function readPdf(bytes: Uint8Array, _fileName: string, options: ReadOptions): Promise<ReadResult> {
  const tooLarge = sizeError(bytes.length, options);
  if (tooLarge !== undefined) return { ok: false, error: tooLarge };
  if (!startsLikePdf(bytes)) return { ok: false, error: readError("corrupt", "the file is not a PDF (no %PDF- header)") };
  if (!endsLikePdf(bytes)) return { ok: false, error: readError("corrupt", "the PDF is cut off (no end-of-file marker); get the complete file") };

  let pdfjs: typeof PdfJsModule;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { ok: false, error: readError("unsupported-format", `the PDF reader (pdfjs-dist) cannot be loaded: ${String(error).split("\n")[0]}`) };
  }
  let read: { pages: PageText[]; damagedPages: number[] };
  try {
    read = await textPieces(pdfjs, bytes);
  } catch (error) {
    return { ok: false, error: openError(error) };
  }
  const text = pagesText(read.pages);
  if (text.text.trim() === "") return { ok: false, error: readError("no-text", NO_TEXT) };
  const notes: string[] = [];
  if (text.furnitureLines > 0) notes.push(`page numbers, headers and footers dropped: ${text.furnitureLines} lines`);
  const empty = text.emptyPages.filter((n) => !read.damagedPages.includes(n));
  if (empty.length > 0) notes.push(`pages without a text layer skipped (scans?): ${empty.join(", ")}`);
  if (read.damagedPages.length > 0) notes.push(`damaged pages skipped: ${read.damagedPages.join(", ")}`);
  return {
    ok: true,
    source: { text: text.text, encoding: "utf-8", bom: false, kind: "pdf", positionMap: anchoredPositionMap(text.anchors, "line"), notes },
  };
}

/**
 * The text pieces of every page. A page that cannot be read is left empty and named in
 * `damagedPages`; when no page can be read, the first page's error is thrown.
 */
async function textPieces(pdfjs: typeof PdfJsModule, bytes: Uint8Array): Promise<{ pages: PageText[]; damagedPages: number[] }> {
  const cMapUrl = cMapFolder();
  const task = pdfjs.getDocument({
    // A plain Uint8Array (pdf.js refuses a Node Buffer), copied: pdf.js may take over its buffer.
    data: new Uint8Array(bytes),
    // Quiet: pdf.js would print warnings about fonts and broken objects to the console.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    ...(cMapUrl === undefined ? {} : { cMapUrl, cMapPacked: true }),
  });
  try {
    const document = await task.promise;
    const pages: PageText[] = [];
    const damagedPages: number[] = [];
    let firstError: unknown;
    for (let n = 1; n <= document.numPages; n++) {
      try {
        pages.push(await pageText(document, n));
      } catch (error) {
        firstError ??= error;
        damagedPages.push(n);
        pages.push({ width: 0, pieces: [] });
      }
    }
    if (damagedPages.length > 0 && damagedPages.length === document.numPages) throw firstError;
    return { pages, damagedPages };
  } finally {
    await task.destroy();
  }
}

async function pageText(document: PdfJsModule.PDFDocumentProxy, n: number): Promise<PageText> {
  const page = await document.getPage(n);
  // Raw characters: pdf.js's normalisation would turn full-width punctuation into ASCII.
  const content = await page.getTextContent({ disableNormalization: true });
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!("str" in item)) continue;
    const [a, b, c, d, x, y] = item.transform as number[];
    const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
    pieces.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
  }
  page.cleanup();
  return { width: page.view[2]! - page.view[0]!, pieces };
}
