import { isSpace } from "./chars.js";

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
  // Counted first, so the list is sized once: a text of a million line breaks does not regrow it.
  let count = 1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  const lines = new Array<Line>(count);
  let index = 0;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    let contentStart = start;
    while (contentStart < i && isSpace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = i;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines[index] = { index, start, end: i, contentStart, contentEnd };
    index++;
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}
