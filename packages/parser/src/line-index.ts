import type { Position } from "@reportlint/report-model";

/** Maps UTF-16 offsets to 1-based line/column positions. Lines end at \n, \r\n or a lone \r. */
export interface LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  positionAt(offset: number): Position;
  offsetAt(line: number, column: number): number;
}

export function createLineIndex(text: string): LineIndex {
  // Two passes, so the list is sized once: a text of a million line breaks does not regrow it.
  const isBreak = (i: number) => {
    const c = text.charCodeAt(i);
    return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
  };
  let count = 1;
  for (let i = 0; i < text.length; i++) if (isBreak(i)) count++;
  const lineStarts = new Array<number>(count);
  lineStarts[0] = 0;
  for (let i = 0, k = 1; i < text.length; i++) if (isBreak(i)) lineStarts[k++] = i + 1;
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
