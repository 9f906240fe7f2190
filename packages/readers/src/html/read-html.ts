import { createLineIndex } from "@reportlint/parser";
import { anchoredPositionMap } from "../position-map.js";
import { readError } from "../read-error.js";
import { sizeError, type ReadOptions, type ReadResult } from "../read-source.js";
import { chooseArticle } from "./article.js";
import { decodeHtml } from "./charset.js";
import { parseHtml, type HtmlElement } from "./dom.js";
import { renderText } from "./render.js";

/** 1-based line and UTF-16 column of an offset of the page source, counted as the engine counts lines. */
function sourcePlaces(source: string): (offset: number) => { line: number; column: number } {
  const index = createLineIndex(source);
  return (offset) => {
    const { line, column } = index.positionAt(offset);
    return { line, column };
  };
}

function describe(element: HtmlElement): string {
  const id = element.attribs.id ? `#${element.attribs.id}` : "";
  const cls = element.attribs.class ? `.${element.attribs.class.trim().split(/\s+/).join(".")}` : "";
  return `<${element.name}${id}${cls}>`;
}

/**
 * Reads a web page (.html, .htm, .xhtml): the article's text when the page has one, else the text
 * of the body, with navigation and page widgets left out and counted in `notes`. Scripts, styles,
 * frames and comments never count; nothing is executed or fetched. `positionMap` gives the page's
 * own line and column of each character (a decoded entity maps to its `&`).
 */
export function readHtml(bytes: Uint8Array, _fileName: string, options: ReadOptions): Promise<ReadResult> {
  return Promise.resolve(readHtmlSync(bytes, options));
}

function readHtmlSync(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const tooLarge = sizeError(bytes.length, options);
  if (tooLarge !== undefined) return { ok: false, error: tooLarge };
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const { text: source, encoding, bom } = decoded.value;
  const page = parseHtml(source);
  if (page.tooDeep !== undefined) {
    return { ok: false, error: readError("corrupt", `the page nests elements more than ${page.tooDeep} deep; it is not read`) };
  }
  const body = page.body ?? page.root;
  const article = chooseArticle(body);
  const place = sourcePlaces(source);
  const roots = article.title === undefined ? [article.root] : [article.title, article.root];
  const { text, anchors } = renderText(roots, article.chrome, place);
  if (text.trim() === "") {
    const why = page.frameset
      ? "it is a frameset; open the framed pages instead"
      : source.trim() === ""
        ? "the file is empty"
        : "its body holds no text outside scripts, styles and page widgets";
    return { ok: false, error: readError("no-text", `the page has no text: ${why}`) };
  }
  const notes: string[] = [];
  if (article.title !== undefined) notes.push(`title read from ${describe(article.title)} at line ${place(article.title.start).line}, above the article`);
  if (article.how !== "body") {
    const at = place(article.root.start);
    const found = article.how === "marker" ? "marked as content" : "with the densest text";
    notes.push(`article read from ${describe(article.root)} at line ${at.line} (${found}); the rest of the page left out`);
  }
  const dropped = article.chrome.size;
  if (dropped > 0) notes.push(`navigation and page widgets dropped: ${dropped} block${dropped === 1 ? "" : "s"}`);
  return {
    ok: true,
    source: { text, encoding, bom, kind: "html", positionMap: anchoredPositionMap(anchors, "line"), notes },
  };
}
