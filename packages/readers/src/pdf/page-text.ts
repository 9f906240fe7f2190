// Turns the positioned text pieces of PDF pages into report text: lines by baseline, page furniture
// dropped, paragraphs rebuilt. Pure (no pdf.js here), so the heuristics are tested on their own.
import type { PositionAnchor } from "../position-map.js";

/** A piece of text as the PDF places it: x, y of its baseline start in points (y grows upwards). */
export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Advance width in points. */
  readonly width: number;
  /** Font size in points. */
  readonly size: number;
}

/** A page: its width in points and its text pieces. */
export interface PageText {
  readonly width: number;
  readonly pieces: readonly TextPiece[];
}

/** One visual line of a page, its pieces joined. */
interface PageLine {
  readonly page: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  /** The page's width in points. */
  readonly pageWidth: number;
  /** Pieces stand more than 2 em apart: a table row or tabbed columns, never part of a paragraph. */
  readonly columns: boolean;
}

/** The text of the pages, where each run came from, and what was left out. */
export interface PagesText {
  readonly text: string;
  readonly anchors: readonly PositionAnchor[];
  /** Page numbers, running headers and footers left out. */
  readonly furnitureLines: number;
  /** 1-based pages without any text (scans among text pages). */
  readonly emptyPages: readonly number[];
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
const SENTENCE_END = /[。！？：!?]$/u;
// Headings of Chinese reports: 一、 （一） (一) 1. 1、 第一章; always the start of a paragraph.
const HEADING = /^(第[一二三四五六七八九十百\d]+[章节部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．.](?!\d))/u;
// Page numbers: — 1 —, - 2 -, 第 3 页, 第3页 共12页, 3/12, 3 / 12.
const PAGE_NUMBER = /^([—–\-－‒―~～]+\s*\d{1,4}\s*[—–\-－‒―~～]+|第\s*\d{1,4}\s*页([，,\s]*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}|[Pp]age\s*\d{1,4}(\s*of\s*\d{1,4})?)$/u;
const BARE_NUMBER = /^\d{1,4}$/u;
const CLOSING_PUNCTUATION = /[，。、；：？！）》”’」』】〕,.;:?!)]\s*$/u;

/** Groups a page's pieces into lines by baseline, top to bottom, each left to right. */
function pageLines(page: number, { width, pieces }: PageText): PageLine[] {
  const sorted = pieces.filter((p) => p.text !== "").sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.at(-1);
    // Same line when the baselines are closer than half the font size (superscripts, mixed sizes).
    if (row !== undefined && Math.abs(row[0]!.y - piece.y) < 0.5 * Math.max(row[0]!.size, piece.size)) row.push(piece);
    else rows.push([piece]);
  }
  const lines: PageLine[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    const words = row.filter((p) => p.text.trim() !== "");
    if (words.length === 0) continue;
    const letterSpaced = isLetterSpaced(words);
    let text = "";
    let end = -Infinity;
    let spaceBetween = false;
    let columns = false;
    let previous: TextPiece | undefined;
    for (const piece of row) {
      // A whitespace piece is a space glyph or pdf.js's guess at a gap: kept only next to a Latin
      // letter or digit, never between CJK characters.
      if (piece.text.trim() === "") {
        spaceBetween = text !== "";
        continue;
      }
      // Text printed twice at the same place (fake bold) counts once.
      if (previous !== undefined && piece.text === previous.text && Math.abs(piece.x - previous.x) < 0.2 * piece.size) continue;
      const content = letterSpaced ? piece.text.replace(/(?<=\S) (?=\S)/gu, "") : piece.text;
      const after = LATIN_OR_DIGIT.test(text.at(-1) ?? "");
      const before = LATIN_OR_DIGIT.test(content[0]!);
      // Between Latin letters or digits, a visible gap is a space too.
      const gap = piece.x - end > 0.2 * piece.size && after && before;
      if (text !== "" && piece.x - end > 2 * piece.size) columns = true;
      if (text !== "" && !/\s$/u.test(text) && !/^\s/u.test(content) && ((spaceBetween && (after || before)) || gap)) text += " ";
      text += content;
      end = Math.max(end, piece.x + piece.width);
      spaceBetween = false;
      previous = piece;
    }
    const first = words[0]!;
    lines.push({ page, text: text.trimStart(), left: first.x, right: end, y: first.y, size: Math.max(...words.map((p) => p.size)), pageWidth: width, columns });
  }
  return lines;
}

/**
 * Text set with wide character spacing (justified or distributed lines) comes from pdf.js with a
 * space after every character ("受 理 投 诉"): true when most characters of the line are followed by
 * a single space.
 */
function isLetterSpaced(pieces: readonly TextPiece[]): boolean {
  let characters = 0;
  let spaced = 0;
  for (const { text } of pieces) {
    characters += text.replace(/\s/gu, "").length;
    spaced += text.match(/\S (?=\S)/gu)?.length ?? 0;
  }
  return characters >= 3 && spaced > characters / 2;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[sorted.length >> 1]!;
};

/** The font size most of the text is set in (by characters, sizes rounded to half a point). */
function mainSize(lines: readonly PageLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) chars.set(Math.round(line.size * 2) / 2, (chars.get(Math.round(line.size * 2) / 2) ?? 0) + line.text.length);
  return [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, -1])[0];
}

/**
 * The usual distance between the baselines of consecutive lines of the same size on a page; 1.5 times
 * the usual font size when no page has two such lines.
 */
function linePitch(pages: readonly (readonly PageLine[])[]): number {
  const size = median(pages.flat().map((l) => l.size));
  const pitches = pages.flatMap((lines) =>
    lines.slice(1).flatMap((line, i) => {
      const distance = lines[i]!.y - line.y;
      return Math.abs(line.size - lines[i]!.size) < 0.25 * line.size && distance < 3 * line.size ? [distance] : [];
    }),
  );
  return pitches.length > 0 ? median(pitches) : 1.5 * size;
}

/** The key under which running headers and footers repeat: page numbers and spaces ignored. */
const repeatKey = (text: string) => text.replace(/\d+/gu, "#").replace(/\s+/gu, "");

/**
 * Drops page furniture. Only the first two and last two lines of a page are candidates: page numbers
 * in any common form; and, when a gap of more than 1.5 line pitches sets them apart from the body, a
 * bare number or a line repeated (page numbers aside) at the top or bottom of most pages (a running
 * header or footer: on at least half the pages, and at least two).
 */
function dropFurniture(pages: readonly PageLine[][], pitch: number): { body: PageLine[][]; dropped: number } {
  const candidates = (lines: readonly PageLine[]) => {
    const ends = new Set<number>();
    for (const i of [0, 1, lines.length - 2, lines.length - 1]) if (i >= 0 && i < lines.length) ends.add(i);
    return ends;
  };
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set([...candidates(lines)].map((i) => repeatKey(lines[i]!.text)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const textPages = pages.filter((lines) => lines.length > 0).length;
  const running = (text: string) => textPages >= 2 && (pagesWithKey.get(repeatKey(text)) ?? 0) >= Math.max(2, Math.ceil(textPages / 2));
  let dropped = 0;
  const body = pages.map((lines) => {
    const isolated = (i: number) => {
      const above = i > 0 ? lines[i - 1]!.y - lines[i]!.y : Infinity;
      const below = i < lines.length - 1 ? lines[i]!.y - lines[i + 1]!.y : Infinity;
      return Math.min(above, below) > 1.5 * pitch;
    };
    const ends = candidates(lines);
    return lines.filter((line, i) => {
      const text = line.text.trim();
      const furniture = ends.has(i) && (PAGE_NUMBER.test(text) || ((BARE_NUMBER.test(text) || running(line.text)) && isolated(i)));
      if (furniture) dropped++;
      return !furniture;
    });
  });
  return { body, dropped };
}

/**
 * Rebuilds paragraphs from the body lines of all pages. A line continues the previous one when that
 * one runs to near the right margin (a word processor pushes a whole number or Latin word, or a
 * character with the punctuation after it, to the next line) and this one is neither a heading nor indented, nor set apart
 * by a gap of more than 1.4 line pitches on the same page. A sentence end (。！？：) closes the
 * paragraph too, except in documents that indent first lines, where a full line ending 。 followed by
 * an unindented line is a sentence that happened to end at the margin. The lines of a title (larger
 * than the body text, centred) are one paragraph; a table row (pieces more than 2 em apart) is a line
 * of its own. Continued lines are joined without a space, except
 * between Latin letters or digits.
 */
function paragraphs(lines: readonly PageLine[], pitch: number): { text: string; anchors: PositionAnchor[] } {
  const bodySize = mainSize(lines);
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.25 * bodySize);
  const leftMargin = Math.min(...body.map((l) => l.left));
  // The right edge of the longest lines; when no line is long, where a margin as wide as the left one
  // would be (so that a page of short lines is not taken for one wrapped paragraph).
  // Closing punctuation may hang past the margin (避头尾): lines ending in it do not set the margin.
  const unhung = body.filter((l) => !CLOSING_PUNCTUATION.test(l.text));
  const rightMargin = Math.max(...(unhung.length > 0 ? unhung : body).map((l) => Math.max(l.right, l.pageWidth - leftMargin - 2 * l.size)));
  const indented = (line: PageLine) => line.left > leftMargin + 0.8 * line.size;
  // Near the margin: within 2.5 em (a character pushed down with the punctuation after it), or within
  // the width of the next line's first Latin word or number (they are never split), taken as half an
  // em a character.
  const full = (line: PageLine, next?: PageLine) => {
    const word = next === undefined ? 0 : (/^[\x21-\x7e]+/u.exec(next.text)?.[0].length ?? 0) * 0.5 * line.size;
    return line.right >= rightMargin - Math.max(2.5 * line.size, word + line.size);
  };
  // Lines that surely start a paragraph (after a short line), headings aside: when most of them are
  // indented, this document marks paragraphs by first-line indents.
  const starts = body.filter((l, i) => i > 0 && !full(body[i - 1]!, l) && !HEADING.test(l.text));
  const indentsParagraphs = starts.filter(indented).length > starts.length / 2;
  // A title set larger than the body and centred on the page may run over several lines.
  const centredTitle = (line: PageLine) => line.size > 1.15 * bodySize && Math.abs((line.left + line.right) / 2 - line.pageWidth / 2) < line.size;
  const titleGoesOn = (before: PageLine, line: PageLine) =>
    centredTitle(before) && centredTitle(line) && before.page === line.page && Math.abs(before.size - line.size) < 0.1 * line.size && before.y - line.y < 2.2 * line.size;

  let text = "";
  const anchors: PositionAnchor[] = [];
  let lineNumber = 1;
  let column = 1;
  for (const [i, line] of lines.entries()) {
    const before = lines[i - 1];
    let content = line.text;
    if (before !== undefined) {
      const gap = before.page === line.page && before.y - line.y > 1.4 * pitch;
      const endsSentence = SENTENCE_END.test(before.text.trimEnd()) && !(indentsParagraphs && full(before, line) && !indented(line));
      const table = before.columns || line.columns;
      const continues =
        full(before, line) && !endsSentence && !gap && !table && !indented(line) && !HEADING.test(line.text) && Math.abs(before.size - line.size) < 0.25 * line.size;
      if (continues || titleGoesOn(before, line)) {
        if (LATIN_OR_DIGIT.test(text.at(-1) ?? "") && LATIN_OR_DIGIT.test(content[0]!)) content = ` ${content}`;
      } else {
        text = text.trimEnd();
        text += "\n";
        lineNumber++;
        column = 1;
      }
    }
    anchors.push({ offset: text.length, line: lineNumber, column, page: line.page });
    text += content;
    column += content.length;
  }
  return { text: text.trimEnd(), anchors };
}

/** The report text of pages given as text pieces (index 0 is page 1). */
export function pagesText(pages: readonly PageText[]): PagesText {
  const lines = pages.map((page, i) => pageLines(i + 1, page));
  const emptyPages = lines.flatMap((l, i) => (l.length === 0 ? [i + 1] : []));
  const pitch = linePitch(lines);
  const { body, dropped } = dropFurniture(lines, pitch);
  const { text, anchors } = paragraphs(body.flat(), pitch);
  return { text, anchors, furnitureLines: dropped, emptyPages };
}
