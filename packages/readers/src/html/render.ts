import type { PositionAnchor } from "../position-map.js";
import { BLOCKS, type HtmlElement, type HtmlNode } from "./dom.js";


// HTML's collapsible white space.
const COLLAPSIBLE = new Set([" ", "\t", "\n", "\r", "\f"]);

/** Wide characters, between which a line break of the source is dropped rather than made a space (CSS Text 3). */
function isWide(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0xb7
  );
}

/** Builds the read text character by character, with one anchor per run copied from the source. */
class TextBuilder {
  private out = "";
  private last = "";
  readonly anchors: PositionAnchor[] = [];
  // Source offset the next copied character must have to continue the current anchor's run.
  private nextSource = -1;
  // Source offset just after the last visible character (where an inserted line end is placed).
  private sourceEnd = 0;
  private space: { at: number; lineBreak: boolean } | undefined;
  private lineBreak = false;
  private tabs: number[] = [];

  constructor(private readonly place: (sourceOffset: number) => { line: number; column: number }) {}

  private atLineStart(): boolean {
    return this.out.length === 0 || this.last === "\n";
  }

  private put(ch: string, source: number, copied: boolean): void {
    if (!copied || source !== this.nextSource) this.anchors.push({ offset: this.out.length, ...this.place(source) });
    this.nextSource = copied && ch !== "\n" && ch !== "\r" ? source + 1 : -1;
    this.out += ch;
    this.last = ch;
  }

  /** Writes what is pending (line end, cell tabs, a collapsed space) before a visible character. */
  private flush(next: string): void {
    if (this.lineBreak && !this.atLineStart()) this.put("\n", this.sourceEnd, false);
    for (const at of this.tabs) this.put("\t", at, false);
    const space = this.space;
    if (space !== undefined && !this.lineBreak && this.tabs.length === 0 && !this.atLineStart()) {
      const joined = space.lineBreak && isWide(this.last.charCodeAt(0)) && isWide(next.charCodeAt(0));
      if (!joined) this.put(" ", space.at, false);
    }
    this.lineBreak = false;
    this.tabs = [];
    this.space = undefined;
  }

  /** Text of the page: white space collapsed unless `pre`; `start` is the source offset of text[0]. */
  text(text: string, start: number, verbatim: boolean, pre: boolean): void {
    for (let i = 0; i < text.length; i++) {
      // A no-break space reads as a space: pages indent and pad with it, reports mean none.
      const ch = text[i] === "\u00a0" ? " " : text[i]!;
      const source = verbatim ? start + i : start;
      if (pre && (ch === "\n" || ch === "\r")) {
        if (ch === "\r" && text[i + 1] === "\n") continue;
        this.flush(ch);
        this.put("\n", source, false);
        continue;
      }
      if (!pre && COLLAPSIBLE.has(ch)) {
        const lineBreak = ch === "\n" || ch === "\r";
        if (this.space === undefined) this.space = { at: source, lineBreak };
        else if (lineBreak) this.space.lineBreak = true;
        continue;
      }
      this.flush(ch);
      this.put(ch, source, verbatim);
      this.sourceEnd = verbatim ? source + 1 : source;
    }
  }

  /** A block boundary: the line ends before the next text; white space around it is dropped. */
  block(): void {
    this.lineBreak = true;
    this.space = undefined;
    // Tabs still pending belong to empty cells at the end of a row: nothing follows them.
    this.tabs = [];
  }

  /** Inside a table cell a block boundary is only white space, so the row stays one line. */
  softBreak(at: number): void {
    if (this.space === undefined) this.space = { at, lineBreak: true };
    else this.space.lineBreak = true;
  }

  /** `<br>`: a line end even on an empty line, except at the very start. */
  br(at: number): void {
    this.space = undefined;
    if (this.out.length === 0) return;
    for (const tab of this.tabs) this.put("\t", tab, false);
    this.tabs = [];
    this.lineBreak = false;
    this.put("\n", at, false);
  }

  /** A table cell after the first in its row. */
  cell(at: number): void {
    this.space = undefined;
    this.tabs.push(at);
  }

  finish(): string {
    if (!this.atLineStart()) this.put("\n", this.sourceEnd, false);
    return this.out;
  }
}

function cellsOf(row: HtmlElement, skip: ReadonlySet<HtmlElement>): HtmlElement[] {
  return row.children.filter((c): c is HtmlElement => c.kind === "element" && (c.name === "td" || c.name === "th") && !skip.has(c));
}

/** Blocks under an element, counted up to `limit`. */
function blockCount(element: HtmlElement, limit: number): number {
  let n = 0;
  for (const c of element.children) {
    if (n >= limit) break;
    if (c.kind !== "element") continue;
    if (BLOCKS.has(c.name)) n++;
    n += blockCount(c, limit - n);
  }
  return n;
}

/**
 * A cell of page layout rather than of a data table: it holds a table, or more blocks than a data
 * cell does (Word's tables put one or two paragraphs in a cell; a layout cell holds the article).
 */
function isLayoutCell(cell: HtmlElement): boolean {
  return containsTable(cell) || blockCount(cell, 3) >= 3;
}

function containsTable(element: HtmlElement): boolean {
  return element.children.some((c) => c.kind === "element" && (c.name === "table" || containsTable(c)));
}

/**
 * The text of `roots` (one after the other) as a browser lays it out, one line per block, with the source offset of every
 * character: table rows of several cells become one line with the cells joined by tabs (a row of one
 * cell, or one with a layout cell, is read as blocks), `<pre>` keeps its white space.
 */
export function renderText(
  roots: readonly HtmlElement[],
  skip: ReadonlySet<HtmlElement>,
  place: (sourceOffset: number) => { line: number; column: number },
): { text: string; anchors: PositionAnchor[] } {
  const out = new TextBuilder(place);
  const walk = (node: HtmlNode, pre: boolean, inCell: boolean): void => {
    if (node.kind === "text") {
      out.text(node.text, node.start, node.verbatim, pre);
      return;
    }
    if (skip.has(node)) return;
    if (node.name === "br") {
      if (inCell) out.softBreak(node.start);
      else out.br(node.start);
      return;
    }
    const block = BLOCKS.has(node.name);
    const boundary = () => (inCell ? out.softBreak(node.start) : out.block());
    if (block) boundary();
    const rowCells = node.name === "tr" && !inCell ? cellsOf(node, skip) : [];
    const asRow = rowCells.length > 1 && !rowCells.some(isLayoutCell);
    for (const child of node.children) {
      if (asRow && child.kind === "element" && rowCells.includes(child)) {
        if (child !== rowCells[0]) out.cell(child.start);
        walk(child, pre, true);
      } else {
        walk(child, pre || node.name === "pre", inCell);
      }
    }
    if (block) boundary();
  };
  for (const root of roots) {
    out.block();
    walk(root, false, false);
  }
  const text = out.finish();
  return { text, anchors: out.anchors };
}
