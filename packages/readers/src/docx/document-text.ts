import type { ListCounters, NumberingRequest } from "./numbering.js";
import { intAttr, isOn, walkXml, type XmlElement } from "./xml.js";

// Subtrees whose text Word does not show in the final document, or shows elsewhere: tracked
// deletions and moves away, earlier formatting kept by tracked changes, text boxes
// (anchored shapes; their text is not part of the reading order), and the fallback copy of
// alternate content (the same shape again for old readers).
const SKIPPED: ReadonlySet<string> = new Set([
  "del",
  "moveFrom",
  "delText",
  "delInstrText",
  "pPrChange",
  "rPrChange",
  "sectPrChange",
  "tblPrChange",
  "tblPrExChange",
  "trPrChange",
  "tcPrChange",
  "numberingChange",
  "txbxContent",
  "http://schemas.openxmlformats.org/markup-compatibility/2006|Fallback",
]);

const TABLE_OF_CONTENTS = /^\s*TOC\b/i;

/** Where the text of a table sits while its row is read. */
interface TableState {
  rows: number;
  cells: number;
  paragraphs: number;
}

/** One line of the read text per body paragraph and per table row, in document order. */
export interface DocumentLines {
  readonly lines: string[];
  /** Text boxes (w:txbxContent) whose text was not read. */
  readonly textBoxes: number;
  /** Tables of contents left out. */
  readonly tablesOfContents: number;
}

/**
 * Reads the text of word/document.xml: one line per body paragraph, one per table row (cells
 * joined by a tab, a cell's paragraphs and nested tables' rows by a space), each paragraph
 * preceded by its list number as Word renders it. Line breaks inside a paragraph (w:br, w:cr)
 * become "\n" but the paragraph keeps its one line number.
 */
export function documentLines(xml: string, counters: ListCounters): DocumentLines {
  const lines: string[] = [];
  const tables: TableState[] = [];
  // Complex fields (w:fldChar): only the result, after "separate", is shown; a table of contents
  // is left out entirely (it repeats the headings, with page numbers).
  const fields: { separated: boolean; code: string }[] = [];
  let inCode = false;
  const open: string[] = [];
  let skipping = 0;
  let textBoxes = 0;
  let tablesOfContents = 0;
  let line = "";
  let inRun = 0;
  let runHidden = false;
  let inText = false;
  let paragraph: (NumberingRequest & { numbered: boolean; inPPr: boolean }) | undefined;

  const visible = () => inRun > 0 && !runHidden && fields.every((f) => f.separated && !TABLE_OF_CONTENTS.test(f.code));
  const emit = (s: string) => {
    if (paragraph && !paragraph.numbered) numberParagraph();
    line += s;
  };
  const numberParagraph = () => {
    if (!paragraph || paragraph.numbered) return;
    paragraph.numbered = true;
    line += counters.next(paragraph);
  };
  const endLine = () => {
    lines.push(line);
    line = "";
  };

  walkXml(xml, "word/document.xml", {
    open(e: XmlElement) {
      const parent = open[open.length - 1];
      open.push(e.name);
      if (skipping > 0 || SKIPPED.has(e.name)) {
        if (skipping === 0 && e.name === "txbxContent") textBoxes++;
        skipping++;
        return;
      }
      if (paragraph?.inPPr) {
        if (e.name === "pStyle") paragraph.style = e.attr("val");
        else if (e.name === "numId" && parent === "numPr") paragraph.numId = e.attr("val");
        else if (e.name === "ilvl" && parent === "numPr") paragraph.ilvl = intAttr(e, "val");
        return;
      }
      switch (e.name) {
        case "p": {
          const table = tables[tables.length - 1];
          if (table && table.paragraphs++ > 0) line += " ";
          paragraph = { numId: undefined, ilvl: undefined, style: undefined, numbered: false, inPPr: false };
          return;
        }
        case "pPr":
          if (paragraph && parent === "p") paragraph.inPPr = true;
          return;
        case "tbl":
          if (tables.length > 0) {
            // A nested table goes on in its cell, after the cell's text so far.
            const outer = tables[tables.length - 1]!;
            if (outer.paragraphs++ > 0) line += " ";
          }
          tables.push({ rows: 0, cells: 0, paragraphs: 0 });
          return;
        case "tr": {
          const table = tables[tables.length - 1];
          if (!table) return;
          if (tables.length > 1 && table.rows > 0) line += " ";
          table.rows++;
          table.cells = 0;
          return;
        }
        case "tc": {
          const table = tables[tables.length - 1];
          if (!table) return;
          if (table.cells++ > 0) line += "\t";
          table.paragraphs = 0;
          return;
        }
        case "r":
          inRun++;
          runHidden = false;
          return;
        case "vanish":
          if (parent === "rPr" && inRun > 0) runHidden = isOn(e);
          return;
        case "fldChar": {
          const type = e.attr("fldCharType");
          if (type === "begin") fields.push({ separated: false, code: "" });
          else if (type === "separate" && fields.length > 0) {
            const field = fields[fields.length - 1]!;
            field.separated = true;
            if (TABLE_OF_CONTENTS.test(field.code)) tablesOfContents++;
          }
          else if (type === "end") fields.pop();
          return;
        }
        case "t":
          inText = parent === "r";
          return;
        case "instrText":
          inCode = parent === "r";
          return;
      }
      if (!visible()) return;
      switch (e.name) {
        case "tab":
        case "ptab":
          emit("\t");
          return;
        case "br":
        case "cr":
          emit("\n");
          return;
        case "noBreakHyphen":
          emit("-");
          return;
        case "sym": {
          const code = Number.parseInt(e.attr("char") ?? "", 16);
          // Symbol fonts put their glyphs at U+F020–F0FF; the low byte is the character meant.
          if (Number.isFinite(code) && code > 0) emit(String.fromCharCode(code >= 0xf020 && code <= 0xf0ff ? code - 0xf000 : code));
          return;
        }
      }
    },
    close(name) {
      open.pop();
      if (skipping > 0) {
        skipping--;
        return;
      }
      switch (name) {
        case "pPr":
          if (paragraph?.inPPr) {
            paragraph.inPPr = false;
            numberParagraph();
          }
          return;
        case "p":
          numberParagraph();
          paragraph = undefined;
          if (tables.length === 0) endLine();
          return;
        case "tbl":
          tables.pop();
          return;
        case "tr":
          if (tables.length === 1) endLine();
          return;
        case "r":
          inRun--;
          runHidden = false;
          return;
        case "t":
          inText = false;
          return;
        case "instrText":
          inCode = false;
          return;
      }
    },
    text(text) {
      if (skipping > 0) return;
      const field = fields[fields.length - 1];
      if (inCode && field && !field.separated) field.code += text;
      else if (inText && visible()) emit(text);
    },
  });
  return { lines, textBoxes, tablesOfContents };
}
