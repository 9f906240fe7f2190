import { isSpace } from "./chars.js";
import { objectList } from "./lists.js";

/** One line of the source: reports put one paragraph per line. */
export interface Line {
  /** 0-based line index (the paragraph index too). */
  readonly index: number;
  /** First offset of the line. */
  readonly start: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
  /** The line without leading and trailing whitespace (NBSP and U+3000 included). */
  readonly contentStart: number;
  readonly contentEnd: number;
}

/**
 * Splits text into lines at \n, \r\n or a lone \r, exactly as createLineIndex counts them, so
 * paragraph `line` numbers and LineIndex positions agree. A final line break gives a last, empty line.
 */
export function splitLines(text: string): Line[] {
  const n = text.length;
  // Line breaks are found with indexOf (a native search), not by testing every character.
  // Pushed, not stored into a presized array: `new Array(n)` is holey, a hidden class of its own that
  // every other list of lines (copies, slices, literals) lacked, so loops over lines were deoptimized.
  const lines: Line[] = objectList();
  let index = 0;
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (;;) {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    let i = lf === -1 ? (cr === -1 ? n : cr) : cr === -1 ? lf : Math.min(lf, cr);
    let contentStart = start;
    while (contentStart < i && isSpace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = i;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ index, start, end: i, contentStart, contentEnd });
    index++;
    if (i >= n) break;
    if (text.charCodeAt(i) === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}
