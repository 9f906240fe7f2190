import type { Position } from "@reportlint/report-model";

/** Maps UTF-16 offsets to 1-based line/column positions. Lines end at \n, \r\n or a lone \r. */
export interface LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  positionAt(offset: number): Position;
  offsetAt(line: number, column: number): number;
}

export function createLineIndex(text: string): LineIndex {
  // Line breaks are found with indexOf (a native search), not by testing every character, and
  // counted first, so the list is sized once: a text of a million line breaks does not regrow it.
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) count++;
  const lineStarts = new Array<number>(count);
  lineStarts[0] = 0;
  if (count > 1) {
    // A break is \n, or \r not followed by \n; the two searches are merged in text order.
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    for (let k = 1; k < count; k++) {
      while (cr !== -1 && text.charCodeAt(cr + 1) === 10) cr = text.indexOf("\r", cr + 1);
      let at: number;
      if (lf !== -1 && (cr === -1 || lf < cr)) {
        at = lf;
        lf = text.indexOf("\n", lf + 1);
      } else {
        at = cr;
        cr = text.indexOf("\r", cr + 1);
      }
      lineStarts[k] = at + 1;
    }
  }
  return {
    lineStarts,
    positionAt(offset) {
      const at = Math.max(0, Math.min(text.length, offset));
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - lineStarts[lo]! + 1, offset: at };
    },
    offsetAt(line, column) {
      const start = lineStarts[Math.max(0, Math.min(lineStarts.length - 1, line - 1))]!;
      return Math.min(text.length, start + Math.max(0, column - 1));
    },
  };
}
